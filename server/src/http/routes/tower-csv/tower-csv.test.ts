import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminAuth, createTestApp } from '../../../test-support/test-app.js';
import { TEST_DB } from '../../../test-support/test-db.js';

interface TowerItem {
  id: number;
  name: string;
  code: string | null;
  latitude: number;
  longitude: number;
  address: string | null;
  notes: string | null;
  uplinkDeviceId: number | null;
  updatedAt: string;
}
type Line = { line: number; field?: string; message: string };

describe(`tower CSV import and export (${TEST_DB})`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: { authorization: string };
  beforeAll(async () => {
    t = await createTestApp();
    admin = await adminAuth(t.app);
  });
  afterAll(() => t.close());
  const post = (url: string, body: string) => t.app.inject({ method: 'POST', url, headers: { ...admin, 'content-type': 'text/csv' }, payload: body });
  const towersCsv = (body: string) => post('/api/towers/import', body);
  const devicesCsv = (body: string) => post('/api/devices/import', body);
  const get = async (url: string) => (await t.app.inject({ method: 'GET', url, headers: admin })).json();
  const towers = async (): Promise<TowerItem[]> => (await get('/api/towers')).items;
  const byCode = async (code: string) => (await towers()).find((x) => x.code === code)!;
  const deviceId = async (host: string): Promise<number> => (await get(`/api/devices?q=${host}`)).items.find((d: { host: string }) => d.host === host).id;
  const pending = async (code: string) =>
    (await t.db.kysely.selectFrom('towers').select('pending_uplink_host').where('code', '=', code).executeTakeFirstOrThrow()).pending_uplink_host;

  it('rejects the whole file when lines are bad, listing every bad line with its field', async () => {
    const res = await towersCsv(
      [
        'name,code,latitude,longitude,uplink',
        'Torre Serra Azul,SAZ,-22.9068,-47.0616,10.10.0.1',
        'Torre Norte,NRT,abc,-47.1,',
        ',SEM,-22.1,-47.1,',
        'Torre Sul,SUL,-95,-47.2,10.10.0.300',
        'Torre Azul de novo,saz,-22.5,-47.5,',
        'Torre Leste,LST,-22.3,,',
      ].join('\n'),
    );
    expect(res.statusCode).toBe(400);
    const body = res.json() as { code: string; message: string; lines: Line[] };
    expect(body.code).toBe('IMPORT_INVALID');
    expect(body.message).toContain('5 line(s)');
    const fields = (line: number) => body.lines.filter((l) => l.line === line).map((l) => l.field).sort();
    expect(fields(2)).toEqual([]);
    expect(fields(3)).toEqual(['latitude']);
    expect(fields(4)).toEqual(['name']);
    expect(fields(5)).toEqual(['latitude', 'uplink']);
    expect(fields(6)).toEqual(['code']);
    expect(body.lines.find((l) => l.line === 6)!.message).toContain('line 2');
    expect(fields(7)).toEqual(['longitude']);
    expect(await towers()).toEqual([]);
  });

  it('refuses a new tower without coordinates, unknown columns and an empty file', async () => {
    const missing = (await towersCsv('name,code\nTorre Nova,TNV')).json() as { lines: Line[] };
    expect(missing.lines.map((l) => l.field).sort()).toEqual(['latitude', 'longitude']);
    expect(missing.lines[0]!.message).toContain('new tower');
    expect(((await towersCsv('name,altitude\nA,900')).json() as { lines: Line[] }).lines[0]).toMatchObject({ line: 1, message: expect.stringContaining('altitude') });
    expect((await towersCsv('name,code,latitude,longitude')).statusCode).toBe(400);
    expect(await towers()).toEqual([]);
  });

  it('creates towers whose uplink the equipment file, imported after, creates', async () => {
    const res = await towersCsv(
      [
        'name,code,latitude,longitude,uplink,address,notes',
        'Torre Serra Azul,SAZ,-22.9068,-47.0616,10.10.0.1,"Estrada do Morro Azul, km 4",',
        'Torre Vale Verde,VVD,"-22,819","-47,1072",10.10.1.2,,Enlace 5 GHz',
        'Torre Sem Uplink,,-22.7,-47.3,,,',
      ].join('\r\n'),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ created: 3, updated: 0 });
    const vvd = await byCode('VVD');
    expect(vvd).toMatchObject({ name: 'Torre Vale Verde', latitude: -22.819, longitude: -47.1072, notes: 'Enlace 5 GHz', uplinkDeviceId: null });
    expect(await pending('VVD')).toBe('10.10.1.2');
    // Waiting uplinks go out as they came in.
    const exported = (await t.app.inject({ method: 'GET', url: '/api/towers/export.csv', headers: admin })).body;
    expect(exported.split('\n')[0]).toBe('name,code,latitude,longitude,uplink,address,notes');
    expect(exported).toContain('Torre Vale Verde,VVD,-22.819,-47.1072,10.10.1.2,,Enlace 5 GHz');

    const devices = await devicesCsv(['name,host,type,tower,parent', 'RB Core,10.10.0.1,router,SAZ,', 'PtP Vale Verde,10.10.1.2,ptp,VVD,10.10.0.1'].join('\n'));
    expect(devices.statusCode, devices.body).toBe(200);
    expect(await byCode('SAZ')).toMatchObject({ uplinkDeviceId: await deviceId('10.10.0.1') });
    expect(await byCode('VVD')).toMatchObject({ uplinkDeviceId: await deviceId('10.10.1.2') });
    expect(await pending('VVD')).toBeNull();
    // The PtP radio is Vale Verde's uplink: the engine sees the tower's devices behind it.
    const snap = await t.services.inventory.get();
    expect(snap.graph.uplinks.get(vvd.id)).toBe(await deviceId('10.10.1.2'));
  });

  it('gives a waiting tower the device created later through the API too', async () => {
    expect((await towersCsv('name,code,latitude,longitude,uplink\nTorre Morro Alto,MAL,-22.6,-46.9,mal-core.wisp.net.br')).statusCode).toBe(200);
    const created = await t.app.inject({ method: 'POST', url: '/api/devices', headers: admin, payload: { name: 'Core MAL', host: 'MAL-core.wisp.net.br', type: 'router' } });
    expect(created.statusCode, created.body).toBe(201);
    expect(await byCode('MAL')).toMatchObject({ uplinkDeviceId: created.json().id });
  });

  it("forgets a waiting uplink once the tower's uplink is chosen in the form", async () => {
    expect((await towersCsv('name,code,latitude,longitude,uplink\nTorre Pedra,PDR,-22.4,-46.7,10.30.0.9')).statusCode).toBe(200);
    const pdr = await byCode('PDR');
    const patch = (uplinkDeviceId: number | null) => t.app.inject({ method: 'PATCH', url: `/api/towers/${pdr.id}`, headers: admin, payload: { uplinkDeviceId } });
    expect((await patch(await deviceId('10.10.0.1'))).statusCode).toBe(200);
    expect((await patch(null)).statusCode).toBe(200);
    const later = await t.app.inject({ method: 'POST', url: '/api/devices', headers: admin, payload: { name: 'PtP Pedra', host: '10.30.0.9', type: 'ptp' } });
    expect(later.statusCode).toBe(201);
    expect(await byCode('PDR')).toMatchObject({ uplinkDeviceId: null });
    expect(await pending('PDR')).toBeNull();
  });

  it('refuses, whole, an equipment import whose device would close a cycle through a waiting uplink', async () => {
    expect((await towersCsv('name,code,latitude,longitude,uplink\nTorre Ciclo,CIC,-22.5,-46.8,10.20.0.9')).statusCode).toBe(200);
    // 10.20.0.1 sits on the tower with no parent, so it depends on the tower's uplink: 10.20.0.9, its own child.
    const res = await devicesCsv(['name,host,type,tower,parent', 'AP Ciclo,10.20.0.1,ap,CIC,', 'PtP Ciclo,10.20.0.9,ptp,,10.20.0.1'].join('\n'));
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'DEPENDENCY_CYCLE', fields: [{ field: 'uplink' }] });
    expect((await get('/api/devices?q=10.20.0')).total).toBe(0);
    expect(await pending('CIC')).toBe('10.20.0.9');
  });

  it('round-trips: the export imports back as updates and changes nothing', async () => {
    const before = await towers();
    const exported = await t.app.inject({ method: 'GET', url: '/api/towers/export.csv', headers: admin });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('text/csv');
    expect(exported.headers['content-disposition']).toMatch(/attachment; filename="towers-\d{4}-\d{2}-\d{2}\.csv"/);
    const again = await towersCsv(exported.body);
    expect(again.json()).toEqual({ created: 0, updated: before.length });
    const strip = (list: TowerItem[]) => list.map(({ updatedAt: _u, ...x }) => x);
    expect(strip(await towers())).toEqual(strip(before));
    expect(await pending('CIC')).toBe('10.20.0.9');
  });

  it('matches by code, else by name; a blank cell clears, a missing column keeps', async () => {
    const sem = (await towers()).find((x) => x.name === 'Torre Sem Uplink')!;
    // By name: a tower without a code gets one.
    expect((await towersCsv('name,code\ntorre sem uplink,TSU')).json()).toEqual({ created: 0, updated: 1 });
    expect(await byCode('TSU')).toMatchObject({ id: sem.id, name: 'torre sem uplink', latitude: -22.7, longitude: -47.3 });
    // By code, whatever its case (the file's spelling is kept): renamed and moved; the address
    // column is blank, so cleared; notes is missing, so kept.
    const saz = await byCode('SAZ');
    expect((await towersCsv('name,code,latitude,address\nTorre Serra Azul II,saz,-22.91,')).json()).toEqual({ created: 0, updated: 1 });
    expect(await byCode('saz')).toMatchObject({ id: saz.id, name: 'Torre Serra Azul II', latitude: -22.91, longitude: saz.longitude, address: null, uplinkDeviceId: saz.uplinkDeviceId });
    // A blank uplink clears it; an existing host sets it at once.
    expect((await towersCsv('name,code,uplink\nTorre Serra Azul II,SAZ,')).statusCode).toBe(200);
    expect((await byCode('SAZ')).uplinkDeviceId).toBeNull();
    expect((await towersCsv('name,code,uplink\nTorre Serra Azul II,SAZ,10.10.0.1')).statusCode).toBe(200);
    expect((await byCode('SAZ')).uplinkDeviceId).toBe(await deviceId('10.10.0.1'));
    expect(await pending('SAZ')).toBeNull();
  });

  it('refuses the same tower twice in a file, by code, by name, or one of each', async () => {
    const res = await towersCsv(['name,code,latitude,longitude', 'Torre A,,-1,-1', 'torre a,,-1,-1', 'Outro nome,VVD,-1,-1', 'Torre Vale Verde,,-1,-1'].join('\n'));
    expect(res.statusCode).toBe(400);
    const lines = (res.json() as { lines: Line[] }).lines;
    expect(lines.map((l) => [l.line, l.field])).toEqual([
      [3, 'name'],
      [5, 'name'],
    ]);
    expect(lines[1]!.message).toContain('line 4');
  });

  it('neutralises formula cells on export and reads them back as they were', async () => {
    const evil = '=HYPERLINK("http://evil","x")';
    const created = await t.app.inject({ method: 'POST', url: '/api/towers', headers: admin, payload: { name: evil, code: '@FX', latitude: -23.5, longitude: -46.6, notes: '+55 19 9999' } });
    expect(created.statusCode).toBe(201);
    const exported = (await t.app.inject({ method: 'GET', url: '/api/towers/export.csv', headers: admin })).body;
    // Text cells get a quote; coordinates are numbers, not formulas, and stay as they are.
    expect(exported).toContain(`"'=HYPERLINK(""http://evil"",""x"")",'@FX,-23.5,-46.6,,,'+55 19 9999`);
    expect((await towersCsv(exported)).statusCode).toBe(200);
    expect(await byCode('@FX')).toMatchObject({ name: evil, notes: '+55 19 9999', latitude: -23.5 });
  });

  it('takes a JSON array too, all or nothing', async () => {
    const bad = await t.app.inject({ method: 'POST', url: '/api/towers/import', headers: admin, payload: [{ name: 'J1', latitude: 1, longitude: 1 }, { name: 'J2', latitude: 91, longitude: 1 }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().lines).toEqual([{ line: 2, field: 'latitude', message: expect.any(String) }]);
    const ok = await t.app.inject({ method: 'POST', url: '/api/towers/import', headers: admin, payload: [{ name: 'J1', code: 'J1', latitude: 1, longitude: 1, uplink: null }] });
    expect(ok.json()).toEqual({ created: 1, updated: 0 });
  });

  it('serves template files that import as they are, towers first', async () => {
    const towersFile = await t.app.inject({ method: 'GET', url: '/api/templates/towers.csv', headers: admin });
    const devicesFile = await t.app.inject({ method: 'GET', url: '/api/templates/devices.csv', headers: admin });
    for (const f of [towersFile, devicesFile]) {
      expect(f.statusCode).toBe(200);
      expect(f.headers['content-type']).toContain('text/csv');
      expect(f.body.trim().split('\n')).toHaveLength(3);
    }
    expect(towersFile.body.split('\n')[0]).toBe('name,code,latitude,longitude,uplink,address,notes');
    // On a fresh database, as an operator starting out would.
    const fresh = await createTestApp();
    try {
      const auth = await adminAuth(fresh.app);
      const send = (url: string, payload: string) => fresh.app.inject({ method: 'POST', url, headers: { ...auth, 'content-type': 'text/csv' }, payload });
      expect((await send('/api/towers/import', towersFile.body)).json()).toEqual({ created: 2, updated: 0 });
      expect((await send('/api/devices/import', devicesFile.body)).json()).toEqual({ created: 2, updated: 0 });
      const list = (await fresh.app.inject({ method: 'GET', url: '/api/towers', headers: auth })).json().items as { uplinkDeviceId: number | null }[];
      expect(list.every((x) => x.uplinkDeviceId !== null)).toBe(true);
    } finally {
      await fresh.close();
    }
  });
});
