import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { adminAuth, createTestApp, QUICK_OUTAGES } from '../../../test-support/test-app.js';
import { TEST_DB } from '../../../test-support/test-db.js';
import { createIcmpBlocker } from '../../../test-support/icmp-block.js';
import { readEventStream } from '../../../test-support/sse-reader.js';
import type { TowerStatusEvent } from '../../../db/repos/tower-status.js';

// This file's own loopback addresses (one range per database run).
const NET = TEST_DB === 'postgres' ? '127.61.2' : '127.61.1';
const { drop, restore } = createIcmpBlocker();

describe(`tower status from real pings (${TEST_DB})`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: { authorization: string };
  let towerId = 0;
  let southId = 0;
  const ids: Record<string, number> = {};
  // Rounds 10 s apart, an hour in the past, so the availability's "now" lies after all of them.
  const start = Math.floor(Date.now() / 1000) * 1000 - 3600_000;
  let clock = start;
  const round = async () => {
    await t.monitoring.engine.runRound((clock += 10_000));
    await t.monitoring.towers.idle(); // the round's end starts the recompute
  };
  const req = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown) =>
    t.app.inject({ method, url, headers: admin, ...(payload !== undefined && { payload: payload as object }) });
  const tower = async () => (await req('GET', `/api/towers/${towerId}`)).json();
  const events = async () => (await req('GET', `/api/towers/${towerId}/events`)).json().items as { from: string; to: string; reason: string | null; at: string }[];
  const busEvents: TowerStatusEvent[] = [];

  beforeAll(async () => {
    // A longer timeout than QUICK_OUTAGES' own: on a loaded machine a late loopback reply must not read as a loss.
    t = await createTestApp({ ...QUICK_OUTAGES, PING_TIMEOUT_MS: '1000', DEFAULT_LANGUAGE: 'en' });
    admin = await adminAuth(t.app);
    t.monitoring.bus.on('tower.status.changed', (e) => busEvents.push(e));
    towerId = (await req('POST', '/api/towers', { name: 'Torre Norte', latitude: -10, longitude: -50 })).json().id;
    const add = async (name: string, n: number, type: string, parent?: string) => {
      const res = await req('POST', '/api/devices', { name, host: `${NET}.${n}`, type, towerId, ...(parent && { parentId: ids[parent] }) });
      expect(res.statusCode, res.body).toBe(201);
      ids[name] = res.json().id;
    };
    await add('R-Torre-Norte', 1, 'router');
    await add('AP-Norte', 2, 'ap');
    // Four customers: one down is 25 % (under the default 30 %), two are 50 % (over it).
    for (const n of [1, 2, 3, 4]) await add(`CPE-${n}`, 10 + n, 'cpe', 'AP-Norte');
    expect((await req('PATCH', `/api/towers/${towerId}`, { uplinkDeviceId: ids['R-Torre-Norte'] })).statusCode).toBe(200);
    // A tower behind it: its uplink hangs off Torre Norte's router.
    southId = (await req('POST', '/api/towers', { name: 'Torre Sul', latitude: -11, longitude: -50 })).json().id;
    const rSul = await req('POST', '/api/devices', { name: 'R-Sul', host: `${NET}.21`, type: 'router', towerId: southId, parentId: ids['R-Torre-Norte'] });
    expect((await req('PATCH', `/api/towers/${southId}`, { uplinkDeviceId: rSul.json().id })).statusCode).toBe(200);
  }, 60_000);
  afterEach(restore);
  afterAll(async () => {
    restore();
    await t?.close();
  });

  it('is unknown before any round, then up', async () => {
    expect(await tower()).toMatchObject({ status: 'unknown', statusSince: null, customers: 4, customersDown: 0, infraDown: 0 });
    await round();
    expect(await tower()).toMatchObject({ status: 'up', statusSince: new Date(clock).toISOString(), reason: null, customers: 4, customersDown: 0 });
    expect((await events()).map((e) => [e.from, e.to])).toEqual([['unknown', 'up']]);
  });

  it('stays up with one customer down, and turns degraded with two of four', async () => {
    drop(`${NET}.11`);
    await round();
    await round();
    expect(await tower()).toMatchObject({ status: 'up', customersDown: 1, customers: 4, reason: '1 of 4 customers down' });
    drop(`${NET}.12`);
    await round();
    await round();
    expect(await tower()).toMatchObject({ status: 'degraded', customersDown: 2, infraDown: 0, reason: '2 of 4 customers down' });
    restore();
    await round();
    expect(await tower()).toMatchObject({ status: 'up', customersDown: 0, reason: null });
    expect((await events()).map((e) => e.to)).toEqual(['up', 'degraded', 'up']);
  }, 30_000);

  it('is down when its uplink is, and so is the tower behind it: one stored, bus and stream event each; then up again', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as { port: number };
    const stream = await readEventStream(`http://127.0.0.1:${port}/api/stream`, admin);
    try {
      const before = { stored: (await events()).length, bus: busEvents.length };
      // The uplink cut: on loopback the others would still answer, so the whole tower goes quiet.
      drop(`${NET}.1`, `${NET}.2`, `${NET}.11`, `${NET}.12`, `${NET}.13`, `${NET}.14`, `${NET}.21`);
      await round();
      expect((await tower()).status).toBe('up'); // one failed round is not down yet (DOWN_AFTER=2)
      await round();
      const downAt = clock;
      expect(await tower()).toMatchObject({
        status: 'down',
        reason: 'uplink R-Torre-Norte down',
        reasonParts: [{ kind: 'uplink', status: 'down', devices: [{ id: ids['R-Torre-Norte'], name: 'R-Torre-Norte' }] }],
        infraDown: 2,
        customersDown: 4,
        statusSince: new Date(downAt).toISOString(),
      });
      await round();
      expect((await events()).length).toBe(before.stored + 1);
      expect(busEvents.slice(before.bus).sort((a, b) => a.towerId - b.towerId)).toEqual([
        { towerId, at: downAt, from: 'up', to: 'down', reason: 'uplink R-Torre-Norte down', infraDown: 2, customersDown: 4, customers: 4 },
        { towerId: southId, at: downAt, from: 'up', to: 'down', reason: 'uplink R-Sul unreachable', infraDown: 1, customersDown: 0, customers: 0 },
      ]);
      expect((await req('GET', `/api/towers/${southId}/events`)).json().items.map((e: { to: string }) => e.to)).toEqual(['down', 'up']);
      await expect.poll(() => stream.named('tower-status').length).toBe(2);
      expect(stream.named('tower-status').find((e) => (e as { towerId: number }).towerId === towerId)).toEqual({
        towerId,
        from: 'up',
        to: 'down',
        at: new Date(downAt).toISOString(),
        reason: 'uplink R-Torre-Norte down',
        infraDown: 2,
        customersDown: 4,
        customers: 4,
      });
      restore();
      await round();
      expect(await tower()).toMatchObject({ status: 'up', infraDown: 0, customersDown: 0 });
      expect((await req('GET', `/api/towers/${southId}`)).json()).toMatchObject({ status: 'up', reason: null });
      await expect.poll(() => stream.named('tower-status').map((e) => (e as { to: string }).to)).toEqual(['down', 'down', 'up', 'up']);

      // Down from downAt to the next-but-one round: 20 s, out of the known time since the first round.
      const from = new Date(start).toISOString();
      const a = (await req('GET', `/api/towers/${towerId}/availability?from=${from}`)).json();
      expect(a).toMatchObject({ from, downSeconds: 20, maintenanceSeconds: 0, unknownSeconds: 10 });
      expect(a.degradedSeconds).toBe(10);
      const known = a.upSeconds + a.degradedSeconds + a.downSeconds;
      expect(a.upPercent).toBeCloseTo(((known - 20) / known) * 100, 2);
      const newest = await events();
      expect(newest.slice(0, 2).map((e) => e.to)).toEqual(['up', 'down']);
      expect(newest[1]).toMatchObject({ reason: 'uplink R-Torre-Norte down', at: new Date(downAt).toISOString() });
    } finally {
      stream.stop();
    }
  }, 30_000);

  it('resumes after a restart without announcing anything', async () => {
    const before = await tower();
    const stored = (await events()).length;
    await t.restart();
    const announced: unknown[] = [];
    t.monitoring.bus.on('tower.status.changed', (e) => announced.push(e));
    expect(await tower()).toMatchObject({ status: before.status, statusSince: before.statusSince });
    await round();
    expect(announced).toEqual([]);
    expect((await events()).length).toBe(stored);
  }, 30_000);

  it('is in maintenance while a window covers the tower', async () => {
    const w = (await req('POST', '/api/maintenance', { scope: 'tower', targetId: towerId, durationMinutes: 30 })).json();
    await expect.poll(async () => (await tower()).status).toBe('maintenance');
    expect((await tower()).reason).toBe('maintenance on uplink R-Torre-Norte');
    expect((await req('DELETE', `/api/maintenance/${w.id}`)).statusCode).toBe(204);
    await expect.poll(async () => (await tower()).status).toBe('up');
  });

  it('follows the inventory: a tower without devices is unknown, an uplink moved counts at once', async () => {
    const empty = (await req('POST', '/api/towers', { name: 'Torre Vazia', latitude: 0, longitude: 0 })).json();
    expect(empty).toMatchObject({ status: 'unknown', reason: 'no enabled device', customers: 0 });
    const list = (await req('GET', '/api/towers')).json().items as { name: string; status: string }[];
    expect(list.map((x) => [x.name, x.status])).toEqual([['Torre Norte', 'up'], ['Torre Sul', 'up'], ['Torre Vazia', 'unknown']]);
  });

  it('answers 404 for a missing tower and 400 naming the field for a bad range', async () => {
    expect((await req('GET', '/api/towers/999999/events')).statusCode).toBe(404);
    expect((await req('GET', '/api/towers/999999/availability')).statusCode).toBe(404);
    const inverted = await req('GET', `/api/towers/${towerId}/availability?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z`);
    expect(inverted.statusCode).toBe(400);
    expect(inverted.json().fields[0].field).toBe('from');
    const bad = await req('GET', `/api/towers/${towerId}/events?to=yesterday`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0].field).toBe('to');
    expect((await req('GET', `/api/towers/${towerId}/events?limit=0`)).json().fields[0].field).toBe('limit');
    const old = (await req('GET', `/api/towers/${towerId}/availability?from=2020-01-01T00:00:00Z&to=2020-01-02T00:00:00Z`)).json();
    expect(old).toMatchObject({ upPercent: null, unknownSeconds: 86_400 });
  });
});
