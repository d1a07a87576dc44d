import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminAuth, createTestApp } from '../test-support/test-app.js';
import { TEST_DB } from '../test-support/test-db.js';
import type { ProbedDevice } from './monitor.js';

const answer = (deviceId: number, ok: boolean): ProbedDevice => ({
  deviceId,
  ok,
  reason: ok ? null : 'timeout',
  stats: { sent: 3, received: ok ? 3 : 0, lossPercent: ok ? 0 : 100, rttMin: ok ? 1 : null, rttAvg: ok ? 1 : null, rttMax: ok ? 1 : null, rttMedian: ok ? 1 : null, jitter: ok ? 0 : null },
});

/** The monitor as a sink: rounds handed over by a poller (here, built by hand). */
describe(`monitor (${TEST_DB})`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let a: number;
  let b: number;
  beforeAll(async () => {
    t = await createTestApp();
    const admin = await adminAuth(t.app);
    a = (await t.app.inject({ method: 'POST', url: '/api/devices', headers: admin, payload: { name: 'a', host: '127.0.98.1', type: 'ap' } })).json().id;
    b = (await t.app.inject({ method: 'POST', url: '/api/devices', headers: admin, payload: { name: 'b', host: '127.0.98.2', type: 'ap' } })).json().id;
  });
  afterAll(() => t.close());

  it('stores the other devices\' changes when one was deleted while the round ran', async () => {
    const base = Date.now() - 60_000;
    await t.monitoring.monitor.ingest({ at: base, results: [answer(a, true), answer(b, true)] });
    // Deleted behind the engine's back: its status row goes, the inventory snapshot still has it.
    await t.db.kysely.deleteFrom('devices').where('id', '=', b).execute();
    await t.monitoring.monitor.ingest({ at: base + 10_000, results: [answer(a, false), answer(b, false)] });
    await t.monitoring.monitor.ingest({ at: base + 20_000, results: [answer(a, false), answer(b, false)] });
    const events = await t.repos.deviceStatus.listEvents({ deviceId: a, limit: 10 });
    expect(events.map((e) => `${e.from}>${e.to}`)).toEqual(['up>down', 'unknown>up']);
    expect(t.monitoring.monitor.state(a)?.status).toBe('down');
  });
});
