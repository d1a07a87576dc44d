import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminAuth, createTestApp, userAuth } from '../../../test-support/test-app.js';
import { TEST_DB } from '../../../test-support/test-db.js';

describe(`devices API (${TEST_DB})`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: { authorization: string };
  let towerId: number;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await adminAuth(t.app);
    towerId = (await t.app.inject({ method: 'POST', url: '/api/towers', headers: admin, payload: { name: 'Torre Norte', code: 'TN', latitude: -3.1, longitude: -60 } })).json().id;
  });
  afterAll(() => t.close());
  const req = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown, headers = admin) =>
    t.app.inject({ method, url, headers, ...(payload !== undefined && { payload: payload as object }) });

  it('creates a device with SNMP settings and never returns the secrets', async () => {
    const res = await req('POST', '/api/devices', {
      name: 'RB-Core', host: '10.10.0.1', type: 'router', vendor: 'MikroTik', towerId, tags: ['core', 'bgp'],
      snmp: { version: '2c', community: 's3cr3t-comm', port: 161 },
    });
    expect(res.statusCode).toBe(201);
    expect(res.body).not.toContain('s3cr3t-comm');
    expect(res.json()).toMatchObject({ name: 'RB-Core', host: '10.10.0.1', towerName: 'Torre Norte', enabled: true, tags: ['core', 'bgp'], towerId, parentId: null, snmp: { version: '2c', port: 161 } });
    const v3 = await req('POST', '/api/devices', {
      name: 'AP Setor 1', host: 'ap1.tn.isp.net', type: 'ap', towerId,
      snmp: { version: '3', username: 'mon', authProtocol: 'sha', authKey: 'auth-key-123', privProtocol: 'aes', privKey: 'priv-key-456' },
    });
    expect(v3.statusCode).toBe(201);
    expect(v3.body).not.toMatch(/auth-key-123|priv-key-456/);
    expect(v3.json().snmp).toEqual({ version: '3', port: 161, username: 'mon', authProtocol: 'sha', privProtocol: 'aes' });
    const list = await req('GET', '/api/devices?limit=1000');
    expect(list.body).not.toMatch(/s3cr3t-comm|auth-key-123|priv-key-456/);
    expect((await req('GET', '/api/devices/export.csv')).body).not.toMatch(/s3cr3t-comm|auth-key-123|priv-key-456/);
  });

  it('keeps the stored community when an edit leaves it out', async () => {
    const d = (await req('POST', '/api/devices', { name: 'sw', host: '10.10.0.50', type: 'switch', snmp: { version: '2c', community: 'keepme' } })).json();
    expect((await req('PATCH', `/api/devices/${d.id}`, { snmp: { version: '2c', port: 1161 } })).json().snmp).toEqual({ version: '2c', port: 1161 });
    const row = await t.db.kysely.selectFrom('devices').select('snmp').where('id', '=', d.id).executeTakeFirstOrThrow();
    expect(JSON.parse(row.snmp!)).toEqual({ version: '2c', community: 'keepme', port: 1161 });
    const v3 = await req('PATCH', `/api/devices/${d.id}`, { snmp: { version: '3', username: 'u', authProtocol: 'md5' } });
    expect(v3.statusCode).toBe(400);
    expect(v3.json().fields).toEqual([{ field: 'snmp.authKey', message: expect.any(String) }]);
  });

  it('validates host, type and SNMP, with a message per field', async () => {
    const res = await req('POST', '/api/devices', { name: '', host: '999.1.1.1', type: 'radio', snmp: { version: '2c' }, extra: 1 });
    expect(res.statusCode).toBe(400);
    const fields = res.json().fields.map((f: { field: string }) => f.field).sort();
    expect(fields).toEqual(['extra', 'host', 'name', 'snmp.community', 'type']);
    for (const host of ['2001:db8::10', 'cpe-1234.clientes.isp.com.br', '192.168.88.1']) {
      expect((await req('POST', '/api/devices', { name: host, host, type: 'station' })).statusCode, host).toBe(201);
    }
  });

  it('refuses the same host twice (409), also on update and case-insensitively', async () => {
    const dup = await req('POST', '/api/devices', { name: 'other', host: '10.10.0.1', type: 'router' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({ code: 'DUPLICATE_HOST', fields: [{ field: 'host' }] });
    expect((await req('POST', '/api/devices', { name: 'x', host: 'AP1.TN.ISP.NET', type: 'ap' })).statusCode).toBe(409);
    const d = (await req('POST', '/api/devices', { name: 'y', host: '10.10.0.99', type: 'ap' })).json();
    expect((await req('PATCH', `/api/devices/${d.id}`, { host: '10.10.0.1' })).statusCode).toBe(409);
  });

  it('follows dependencies: parent, else the tower uplink; refuses cycles and unknown references', async () => {
    const a = (await req('POST', '/api/devices', { name: 'A', host: '10.20.0.1', type: 'router' })).json();
    const b = (await req('POST', '/api/devices', { name: 'B', host: '10.20.0.2', type: 'ptp', parentId: a.id })).json();
    const c = (await req('POST', '/api/devices', { name: 'C', host: '10.20.0.3', type: 'ptp', parentId: b.id })).json();
    expect(c).toMatchObject({ effectiveParentId: b.id, parentName: 'B', towerName: null });
    const cycle = await req('PATCH', `/api/devices/${a.id}`, { parentId: c.id });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json().code).toBe('DEPENDENCY_CYCLE');
    expect((await req('PATCH', `/api/devices/${a.id}`, { parentId: a.id })).json().code).toBe('DEPENDENCY_CYCLE');
    expect((await req('POST', '/api/devices', { name: 'D', host: '10.20.0.4', type: 'ap', parentId: 999999 })).json().fields[0].field).toBe('parentId');
    expect((await req('POST', '/api/devices', { name: 'D', host: '10.20.0.4', type: 'ap', towerId: 999999 })).json().fields[0].field).toBe('towerId');
    expect((await req('GET', `/api/devices?parentId=${a.id}`)).json().items.map((d: { id: number }) => d.id)).toEqual([b.id]);
    // Deleting a parent leaves its children without a parent rather than deleting them.
    expect((await req('DELETE', `/api/devices/${b.id}`)).statusCode).toBe(204);
    expect((await req('GET', `/api/devices/${c.id}`)).json().parentId).toBeNull();
  });

  it('filters, searches, sorts and paginates', async () => {
    for (let i = 0; i < 30; i++) {
      await req('POST', '/api/devices', { name: `CPE Cliente ${String(i).padStart(2, '0')}`, host: `10.30.0.${i + 1}`, type: 'station', towerId, tags: i % 2 ? ['vip'] : [] });
    }
    const page = (await req('GET', `/api/devices?towerId=${towerId}&type=station&sort=-name&limit=10&offset=5`)).json();
    expect(page.total).toBe(30);
    expect(page.items).toHaveLength(10);
    expect(page.items[0].name).toBe('CPE Cliente 24');
    expect((await req('GET', '/api/devices?q=cliente%201&limit=100')).json().total).toBe(10);
    expect((await req('GET', '/api/devices?q=VIP&limit=100')).json().total).toBe(15);
    expect((await req('GET', '/api/devices?q=10.30.0.30&limit=100')).json().total).toBe(1);
    expect((await req('GET', '/api/devices?q=100%25')).json().total).toBe(0);
    expect((await req('GET', '/api/devices?type=station,router&limit=1')).json().total).toBeGreaterThan(30);
    const bad = await req('GET', '/api/devices?limit=5000&sort=weird&type=radio');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields.map((f: { field: string }) => f.field).sort()).toEqual(['limit', 'sort', 'type']);
  });

  it('lets a viewer read but not write', async () => {
    const viewer = await userAuth(t.app, admin, 'viewer');
    expect((await req('GET', '/api/devices', undefined, viewer)).statusCode).toBe(200);
    expect((await req('POST', '/api/devices', { name: 'v', host: '10.99.0.1', type: 'ap' }, viewer)).statusCode).toBe(403);
    expect((await req('DELETE', '/api/devices/1', undefined, viewer)).statusCode).toBe(403);
    expect((await req('POST', '/api/devices/import', [], viewer)).statusCode).toBe(403);
  });
});
