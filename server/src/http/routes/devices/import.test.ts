import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminAuth, createTestApp } from '../../../test-support/test-app.js';
import { TEST_DB } from '../../../test-support/test-db.js';

const HEADER = 'name,host,type,vendor,model,tower,parent,enabled,tags,notes,snmp_version,snmp_community,snmp_port';

describe(`device import and export (${TEST_DB})`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: { authorization: string };
  beforeAll(async () => {
    t = await createTestApp();
    admin = await adminAuth(t.app);
    await t.app.inject({ method: 'POST', url: '/api/towers', headers: admin, payload: { name: 'Torre Serra Azul', code: 'SAZ', latitude: -22.9, longitude: -47 } });
    await t.app.inject({ method: 'POST', url: '/api/towers', headers: admin, payload: { name: 'Torre Vale', latitude: -22.8, longitude: -47.1 } });
  });
  afterAll(() => t.close());
  const csv = (body: string) => t.app.inject({ method: 'POST', url: '/api/devices/import', headers: { ...admin, 'content-type': 'text/csv' }, payload: body });
  const count = async () => (await t.app.inject({ method: 'GET', url: '/api/devices?limit=1', headers: admin })).json().total as number;

  it('rejects the whole file when one line is bad, listing each bad line and why', async () => {
    const res = await csv(
      [
        HEADER,
        'RB-Core,10.50.0.1,router,MikroTik,CCR2004,SAZ,,true,core,,2c,public,161',
        'AP-01,10.50.0.2,radio,Ubiquiti,,SAZ,10.50.0.1,true,,,,,',
        'AP-02,10.50.0.300,ap,,,Torre Inexistente,10.9.9.9,maybe,,,2c,,',
        'AP-03,10.50.0.1,ap,,,,,,,,,,',
      ].join('\n'),
    );
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('IMPORT_INVALID');
    const byLine = (line: number) => body.lines.filter((l: { line: number }) => l.line === line).map((l: { field?: string }) => l.field).sort();
    expect(byLine(2)).toEqual([]);
    expect(byLine(3)).toEqual(['type']);
    expect(byLine(4)).toEqual(['enabled', 'host']);
    expect(byLine(5)).toEqual(['host']);
    expect(body.lines.find((l: { line: number }) => l.line === 5).message).toContain('line 2');
    expect(await count()).toBe(0);
  });

  it('reports references that do not resolve, and cycles inside the file', async () => {
    const refs = await csv([HEADER, 'A,10.51.0.1,ap,,,Nowhere,10.99.99.99,,,,2c,,'].join('\n'));
    expect(refs.json().lines.map((l: { field: string }) => l.field).sort()).toEqual(['parent', 'snmp_community', 'tower']);
    const cycle = await csv([HEADER, 'A,10.51.0.1,ptp,,,,10.51.0.2,,,,,,', 'B,10.51.0.2,ptp,,,,10.51.0.1,,,,,,'].join('\n'));
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().lines.map((l: { line: number }) => l.line).sort()).toEqual([2, 3]);
    expect(await count()).toBe(0);
  });

  it('imports a valid CSV with towers by name or code and parents later in the file', async () => {
    const res = await csv(
      [
        HEADER,
        'AP-Setor-1,10.60.0.2,ap,Ubiquiti,Rocket M5,Torre Vale,10.60.0.1,true,setor1;5ghz,"nota, com vírgula",2c,comm1,',
        'RB-Vale,10.60.0.1,router,MikroTik,,torre vale,,yes,,,,,',
        'CPE-1,cpe1.isp.net,station,,,SAZ,10.60.0.2,false,,,,,',
      ].join('\r\n'),
    );
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ created: 3, updated: 0 });
    const items = (await t.app.inject({ method: 'GET', url: '/api/devices?sort=host&limit=10', headers: admin })).json().items;
    const byHost = Object.fromEntries(items.map((d: { host: string }) => [d.host, d]));
    expect(byHost['10.60.0.2']).toMatchObject({ tags: ['setor1', '5ghz'], notes: 'nota, com vírgula', parentId: byHost['10.60.0.1'].id, snmp: { version: '2c' } });
    expect(byHost['cpe1.isp.net']).toMatchObject({ enabled: false, parentId: byHost['10.60.0.2'].id });
  });

  it('round-trips: the export imports back as updates, keeping stored secrets', async () => {
    const exported = await t.app.inject({ method: 'GET', url: '/api/devices/export.csv', headers: admin });
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-type']).toContain('text/csv');
    expect(exported.body).not.toContain('comm1');
    const before = (await t.app.inject({ method: 'GET', url: '/api/devices?sort=host&limit=100', headers: admin })).json().items;
    const again = await csv(exported.body);
    expect(again.json()).toEqual({ created: 0, updated: 3 });
    const after = (await t.app.inject({ method: 'GET', url: '/api/devices?sort=host&limit=100', headers: admin })).json().items;
    const strip = (ds: Record<string, unknown>[]) => ds.map(({ updatedAt: _u, ...d }) => d);
    expect(strip(after)).toEqual(strip(before));
    const row = await t.db.kysely.selectFrom('devices').select('snmp').where('host', '=', '10.60.0.2').executeTakeFirstOrThrow();
    expect(JSON.parse(row.snmp!).community).toBe('comm1');
  });

  it('updates only the columns a file has; a blank cell clears, a missing column keeps', async () => {
    const before = (await t.app.inject({ method: 'GET', url: '/api/devices?q=10.60.0.2', headers: admin })).json().items[0];
    expect((await csv('name,host,type\nAP Setor Um,10.60.0.2,ap')).json()).toEqual({ created: 0, updated: 1 });
    const after = (await t.app.inject({ method: 'GET', url: `/api/devices/${before.id}`, headers: admin })).json();
    expect(after).toMatchObject({ name: 'AP Setor Um', towerId: before.towerId, parentId: before.parentId, tags: before.tags, notes: before.notes, snmp: before.snmp, enabled: true });
    expect((await csv('name,host,type,notes,tags\nAP Setor Um,10.60.0.2,ap,,')).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: `/api/devices/${before.id}`, headers: admin })).json()).toMatchObject({ notes: null, tags: [], towerId: before.towerId });
  });

  it('takes a JSON array too, all or nothing', async () => {
    const bad = await t.app.inject({ method: 'POST', url: '/api/devices/import', headers: admin, payload: [{ name: 'J1', host: '10.70.0.1', type: 'ap' }, { name: 'J2', host: 'x y', type: 'ap' }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().lines).toEqual([{ line: 2, field: 'host', message: expect.any(String) }]);
    const ok = await t.app.inject({ method: 'POST', url: '/api/devices/import', headers: admin, payload: [{ name: 'J1', host: '10.70.0.1', type: 'ap', tower: 'SAZ', tags: ['json'] }] });
    expect(ok.json()).toEqual({ created: 1, updated: 0 });
  });

  it('refuses unknown columns and an empty file', async () => {
    expect((await csv('name,host,type,colour\nA,10.80.0.1,ap,red')).json().lines[0]).toMatchObject({ line: 1, message: expect.stringContaining('colour') });
    expect((await csv(HEADER)).statusCode).toBe(400);
  });
});
