import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminAuth, createTestApp } from '../../../test-support/test-app.js';
import { TEST_DB } from '../../../test-support/test-db.js';

describe(`the cpe alias of station (${TEST_DB})`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: { authorization: string };
  beforeAll(async () => {
    t = await createTestApp();
    admin = await adminAuth(t.app);
  });
  afterAll(() => t.close());
  const req = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown, headers: Record<string, string> = admin) =>
    t.app.inject({ method, url, headers, ...(payload !== undefined && { payload: payload as object }) });

  it('creates, patches and filters with cpe, storing and returning station', async () => {
    const created = await req('POST', '/api/devices', { name: 'Cliente 1', host: '10.77.0.1', type: 'cpe' });
    expect(created.statusCode).toBe(201);
    expect(created.json().type).toBe('station');
    const router = (await req('POST', '/api/devices', { name: 'RB', host: '10.77.0.2', type: 'router' })).json();
    const patched = await req('PATCH', `/api/devices/${router.id}`, { type: 'cpe' });
    expect(patched.json().type).toBe('station');
    const stored = await t.db.kysely.selectFrom('devices').select('type').where('id', '=', router.id).executeTakeFirstOrThrow();
    expect(stored.type).toBe('station');
    const list = (await req('GET', '/api/devices?type=cpe,router')).json();
    expect(list.items.map((d: { name: string }) => d.name).sort()).toEqual(['Cliente 1', 'RB']);
    const bad = await req('GET', '/api/devices?type=cpee');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0].field).toBe('type');
  });

  it('imports cpe from CSV and JSON as station', async () => {
    const csv = await req('POST', '/api/devices/import', 'name,host,type\nCliente CSV,10.77.1.1,cpe\n', { ...admin, 'content-type': 'text/csv' });
    expect(csv.statusCode).toBe(200);
    const json = await req('POST', '/api/devices/import', [{ name: 'Cliente JSON', host: '10.77.1.2', type: 'cpe' }]);
    expect(json.statusCode).toBe(200);
    const rows = await t.db.kysely.selectFrom('devices').select(['host', 'type']).where('host', 'in', ['10.77.1.1', '10.77.1.2']).orderBy('host').execute();
    expect(rows).toEqual([{ host: '10.77.1.1', type: 'station' }, { host: '10.77.1.2', type: 'station' }]);
    const exported = await req('GET', '/api/devices/export.csv');
    expect(exported.body).toContain('Cliente CSV,10.77.1.1,station');
  });
});
