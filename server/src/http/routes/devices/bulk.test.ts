import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminAuth, createTestApp, userAuth } from '../../../test-support/test-app.js';
import { TEST_DB } from '../../../test-support/test-db.js';

describe(`devices bulk actions and live sorts (${TEST_DB})`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: { authorization: string };
  const towers: Record<string, number> = {};
  const ids: Record<string, number> = {};
  const req = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown, headers = admin) =>
    t.app.inject({ method, url, headers, ...(payload !== undefined && { payload: payload as object }) });
  const device = async (name: string) => (await req('GET', `/api/devices/${ids[name]}`)).json();
  const bulk = (payload: unknown, headers = admin) => req('POST', '/api/devices/bulk', payload, headers);

  beforeAll(async () => {
    t = await createTestApp();
    admin = await adminAuth(t.app);
    for (const [name, code] of [['Torre Norte', 'TN'], ['Torre Sul', 'TS']]) {
      towers[code!] = (await req('POST', '/api/towers', { name, code, latitude: -3.1, longitude: -60 })).json().id;
    }
    let n = 1;
    const add = async (name: string, type: string, extra: object = {}) => {
      ids[name] = (await req('POST', '/api/devices', { name, host: `127.83.0.${n++}`, type, ...extra })).json().id;
    };
    await add('core', 'router');
    await add('ptp-norte', 'ptp', { parentId: ids.core, towerId: towers.TN });
    await add('ap-norte', 'ap', { parentId: ids['ptp-norte'], towerId: towers.TN });
    for (const c of ['cpe-a', 'cpe-b', 'cpe-c']) await add(c, 'station', { parentId: ids['ap-norte'], towerId: towers.TN });
  });
  afterAll(() => t.close());

  it('disables and enables a selection', async () => {
    const res = await bulk({ ids: [ids['cpe-a'], ids['cpe-b']], action: 'disable' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ action: 'disable', updated: 2 });
    expect((await device('cpe-a')).enabled).toBe(false);
    expect((await device('cpe-c')).enabled).toBe(true);
    expect((await req('GET', '/api/devices?enabled=false')).json().total).toBe(2);
    await bulk({ ids: [ids['cpe-a'], ids['cpe-b']], action: 'enable' });
    expect((await req('GET', '/api/devices?enabled=false')).json().total).toBe(0);
  });

  it('moves to a tower and sets a parent, and refuses a cycle changing nothing', async () => {
    expect((await bulk({ ids: [ids['cpe-a'], ids['cpe-b'], ids['cpe-c']], action: 'move', towerId: towers.TS })).statusCode).toBe(200);
    expect((await req('GET', `/api/devices?towerId=${towers.TS}`)).json().items.map((d: { name: string }) => d.name)).toEqual(['cpe-a', 'cpe-b', 'cpe-c']);
    expect((await bulk({ ids: [ids['cpe-c']], action: 'parent', parentId: ids['ptp-norte'] })).statusCode).toBe(200);
    expect(await device('cpe-c')).toMatchObject({ parentId: ids['ptp-norte'], parentName: 'ptp-norte' });

    // core → ptp-norte → ap-norte: making core and cpe-a depend on ap-norte closes a loop.
    const cycle = await bulk({ ids: [ids['cpe-a'], ids.core], action: 'parent', parentId: ids['ap-norte'] });
    expect(cycle.statusCode).toBe(400);
    expect(cycle.json()).toMatchObject({ code: 'DEPENDENCY_CYCLE', fields: [{ field: 'parentId' }] });
    expect((await device('cpe-a')).parentId).toBe(ids['ap-norte']);
    expect((await device('core')).parentId).toBeNull();
    const self = await bulk({ ids: [ids['cpe-a'], ids['cpe-b']], action: 'parent', parentId: ids['cpe-b'] });
    expect(self.json()).toMatchObject({ code: 'DEPENDENCY_CYCLE', fields: [{ field: 'parentId' }] });

    // A tower whose uplink depends on the moved device is a cycle too.
    expect((await req('PATCH', `/api/towers/${towers.TS}`, { uplinkDeviceId: ids['ap-norte'] })).statusCode).toBe(200);
    const viaUplink = await bulk({ ids: [ids.core], action: 'move', towerId: towers.TS });
    expect(viaUplink.json()).toMatchObject({ code: 'DEPENDENCY_CYCLE', fields: [{ field: 'towerId' }] });
    expect((await device('core')).towerId).toBeNull();
    await req('PATCH', `/api/towers/${towers.TS}`, { uplinkDeviceId: null });
  });

  it('is all or nothing: one unknown id or reference changes no device', async () => {
    const unknown = await bulk({ ids: [ids['cpe-a'], 999_999], action: 'move', towerId: towers.TN });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ code: 'UNKNOWN_DEVICE', fields: [{ field: 'ids' }] });
    expect((await device('cpe-a')).towerId).toBe(towers.TS);
    expect((await bulk({ ids: [ids['cpe-a']], action: 'move', towerId: 999_999 })).json()).toMatchObject({ code: 'UNKNOWN_TOWER', fields: [{ field: 'towerId' }] });
    expect((await bulk({ ids: [ids['cpe-a']], action: 'parent', parentId: 999_999 })).json()).toMatchObject({ code: 'UNKNOWN_PARENT', fields: [{ field: 'parentId' }] });
    expect((await device('cpe-a')).parentId).toBe(ids['ap-norte']);
  });

  it('validates every field and names it', async () => {
    const fieldsOf = async (payload: unknown) => {
      const res = await bulk(payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      return res.json().fields.map((f: { field: string }) => f.field).sort();
    };
    expect(await fieldsOf({ ids: [], action: 'enable' })).toEqual(['ids']);
    expect(await fieldsOf({ ids: [1, 1], action: 'enable' })).toEqual(['ids']);
    expect(await fieldsOf({ ids: ['x'], action: 'enable' })).toEqual(['ids.0']);
    expect(await fieldsOf({ ids: [1], action: 'explode' })).toEqual(['action']);
    expect(await fieldsOf({ ids: [1], action: 'move' })).toEqual(['towerId']);
    expect(await fieldsOf({ ids: [1], action: 'parent', parentId: 'a' })).toEqual(['parentId']);
    expect(await fieldsOf({ ids: [1], action: 'maintenance', durationMinutes: 0 })).toEqual(['durationMinutes']);
    expect(await fieldsOf({ ids: [1], action: 'maintenance', durationMinutes: 60, extra: true })).toEqual(['extra']);
    expect(await fieldsOf({ ids: Array.from({ length: 1001 }, (_, i) => i + 1), action: 'enable' })).toEqual(['ids']);
  });

  it('puts a selection in maintenance for a duration, by whoever asked', async () => {
    const before = Date.now();
    const res = await bulk({ ids: [ids['cpe-a'], ids['cpe-b']], action: 'maintenance', durationMinutes: 90, reason: 'troca de cabo' });
    expect(res.json()).toEqual({ action: 'maintenance', updated: 2 });
    const windows = (await req('GET', '/api/maintenance?state=active')).json().items;
    expect(windows.map((w: { targetName: string }) => w.targetName).sort()).toEqual(['cpe-a', 'cpe-b']);
    for (const w of windows) {
      expect(w).toMatchObject({ scope: 'device', reason: 'troca de cabo', createdBy: expect.any(String), active: true });
      const minutes = (Date.parse(w.endsAt) - Date.parse(w.startsAt)) / 60_000;
      expect(minutes).toBe(90);
      expect(Date.parse(w.startsAt)).toBeGreaterThanOrEqual(before - 1000);
    }
    expect((await device('cpe-a')).maintenance).toBe(true);
    expect((await device('cpe-c')).maintenance).toBe(false);
  });

  it('lets an operator act but not a viewer', async () => {
    const viewer = await userAuth(t.app, admin, 'viewer');
    const refused = await bulk({ ids: [ids['cpe-c']], action: 'disable' }, viewer);
    expect(refused.statusCode).toBe(403);
    expect((await device('cpe-c')).enabled).toBe(true);
    const operator = await userAuth(t.app, admin, 'operator');
    expect((await bulk({ ids: [ids['cpe-c']], action: 'disable' }, operator)).statusCode).toBe(200);
    expect((await device('cpe-c')).enabled).toBe(false);
    await bulk({ ids: [ids['cpe-c']], action: 'enable' });
  });

  it('sorts by the last round RTT and loss, pages them, and keeps devices without a figure last', async () => {
    const stats = (rttAvg: number | null, lossPercent: number) => ({ sent: 10, received: 10 - lossPercent / 10, lossPercent, rttMin: rttAvg, rttAvg, rttMax: rttAvg, rttMedian: rttAvg, jitter: null });
    const answer = (name: string, rtt: number | null, loss: number) => ({ deviceId: ids[name]!, ok: rtt !== null, reason: null, stats: stats(rtt, loss) });
    await t.monitoring.monitor.ingest({
      at: Date.now(),
      results: [answer('core', 2, 0), answer('ptp-norte', 9, 10), answer('ap-norte', 5, 30), answer('cpe-a', 40, 20), answer('cpe-b', null, 100)],
    });
    const names = async (query: string) => (await req('GET', `/api/devices?${query}`)).json().items.map((d: { name: string }) => d.name);
    expect(await names('sort=rtt')).toEqual(['core', 'ap-norte', 'ptp-norte', 'cpe-a', 'cpe-b', 'cpe-c']);
    expect(await names('sort=-rtt')).toEqual(['cpe-a', 'ptp-norte', 'ap-norte', 'core', 'cpe-b', 'cpe-c']);
    expect(await names('sort=-loss')).toEqual(['cpe-b', 'ap-norte', 'cpe-a', 'ptp-norte', 'core', 'cpe-c']);
    expect(await names('sort=loss&limit=2&offset=1')).toEqual(['ptp-norte', 'cpe-a']);
    const page = (await req('GET', `/api/devices?sort=-rtt&towerId=${towers.TS}&limit=1`)).json();
    expect(page).toMatchObject({ total: 3, items: [{ name: 'cpe-a', rttMs: 40, lossPercent: 20 }] });
    expect(await names('sort=since&limit=1')).toHaveLength(1);
    const bad = await req('GET', '/api/devices?sort=latency');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toEqual([{ field: 'sort', message: expect.stringContaining('-rtt') }]);
  });
});
