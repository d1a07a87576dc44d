import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminAuth, createTestApp } from '../../test-support/test-app.js';
import { TEST_DB } from '../../test-support/test-db.js';
import type { StoredHour } from '../../db/repos/anomalies.js';

// This file's own loopback addresses (one range per database run).
const NET = TEST_DB === 'postgres' ? '127.0.77' : '127.0.76';
const HOUR = 3600;

/** Seven days of stored hours at one level: what the model would have written watching the device. */
function history(deviceId: number, series: string, median: number, mad: number, nowS: number): StoredHour[] {
  const current = Math.floor(nowS / HOUR) * HOUR;
  return Array.from({ length: 7 * 24 }, (_, i) => ({ deviceId, series, t: current - (i + 1) * HOUR, median, mad, count: 120 }));
}

describe(`anomaly detection on real rounds, rebuilt from stored history (${TEST_DB})`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: { authorization: string };
  const ids: Record<string, number> = {};
  // Rounds in the current hour, 10 s apart, so they are scored against the same hour on past days.
  const start = Math.floor(Date.now() / 3_600_000) * 3_600_000 + 60_000;
  let clock = start;
  const round = async () => {
    await t.monitoring.engine.runRound((clock += 10_000));
    await t.monitoring.anomalies.idle();
    await t.alerting.engine.idle();
  };
  const get = async (url: string) => (await t.app.inject({ method: 'GET', url, headers: admin })).json();

  beforeAll(async () => {
    t = await createTestApp({ PING_COUNT: '3', PING_PERIOD_MS: '20', PING_TIMEOUT_MS: '300', ANOMALY_MIN_POINTS: '3' });
    admin = await adminAuth(t.app);
    for (const [name, n, type] of [['PTP-Serra', 1, 'ptp'], ['AP-Normal', 2, 'ap'], ['AP-Estranho', 3, 'ap']] as const) {
      ids[name] = (await t.app.inject({ method: 'POST', url: '/api/devices', headers: admin, payload: { name, host: `${NET}.${n}`, type } })).json().id;
    }
    // Loopback answers in a few hundredths of a millisecond. Two devices "usually" took 5 ms;
    // one usually answered as fast as loopback does.
    const nowS = Math.floor(clock / 1000);
    await t.repos.anomalies.saveHours([
      ...history(ids['PTP-Serra']!, 'rtt', 5, 0.3, nowS),
      ...history(ids['AP-Normal']!, 'rtt', 0.05, 0.01, nowS),
      ...history(ids['AP-Estranho']!, 'rtt', 5, 0.3, nowS),
    ]);
    // A restart: the model is rebuilt from what is stored.
    await t.restart();
  }, 60_000);
  afterAll(async () => {
    await t?.close();
  });

  it('flags RTT far from its usual level after ANOMALY_MIN_POINTS rounds, and not the device at its usual level', async () => {
    await round();
    await round();
    expect((await get('/api/anomalies')).items).toEqual([]);
    await round();
    const items = (await get('/api/anomalies?state=open')).items as { deviceId: number; deviceName: string; metric: string; direction: string; expected: number; value: number; endedAt: string | null }[];
    expect(items.map((a) => a.deviceName).sort()).toEqual(['AP-Estranho', 'PTP-Serra']);
    for (const a of items) {
      expect(a).toMatchObject({ metric: 'rtt', direction: 'down', endedAt: null });
      expect(a.expected).toBeCloseTo(5, 3);
      expect(a.value).toBeLessThan(1);
    }
    expect((await get(`/api/anomalies?deviceId=${ids['AP-Normal']}`)).items).toEqual([]);
  });

  it('raises a major alert (one below a PtP outage) for the PtP link only (by default PtP links and uplinks page)', async () => {
    const alerts = (await get('/api/alerts?state=open')).items as { kind: string; severity: string; deviceId: number; message: string }[];
    expect(alerts.map((a) => [a.kind, a.severity, a.deviceId])).toEqual([['anomaly', 'major', ids['PTP-Serra']]]);
    expect(alerts[0]!.message).toMatch(/^PTP-Serra: anomalia, latência 0(,\d+)? ms \(normal ~5 ms\)$/);
  });

  it('draws the baseline band on the latency chart', async () => {
    const from = new Date(clock - 2 * 3_600_000).toISOString();
    const series = await get(`/api/devices/${ids['PTP-Serra']}/latency?from=${from}&to=${new Date(clock + 60_000).toISOString()}`);
    expect(series.baseline.zThreshold).toBe(3);
    expect(series.baseline.points.length).toBeGreaterThanOrEqual(2);
    for (const p of series.baseline.points) expect(p.expected).toBeCloseTo(5, 3);
  });

  it('keeps the open anomaly across a restart without a second alert, and ends both when RTT is usual again', async () => {
    await t.restart();
    expect((await get('/api/anomalies?state=open')).items).toHaveLength(2);
    // Generated rounds at the usual 5 ms (loopback cannot be slowed down): normal points end them.
    for (let i = 0; i < 3; i++) {
      t.monitoring.anomalies.round({
        at: (clock += 10_000),
        results: [ids['PTP-Serra']!, ids['AP-Estranho']!].map((deviceId) => ({ deviceId, ok: true, reason: null, stats: { sent: 3, received: 3, lossPercent: 0, rttMin: 5, rttAvg: 5, rttMax: 5, rttMedian: 5, jitter: 0 } })),
      } as never);
    }
    await t.monitoring.anomalies.idle();
    await t.alerting.engine.idle();
    expect((await get('/api/anomalies?state=open')).items).toEqual([]);
    const all = (await get('/api/anomalies')).items as { endedAt: string | null }[];
    expect(all).toHaveLength(2);
    for (const a of all) expect(a.endedAt).not.toBeNull();
    expect((await get('/api/alerts?state=open')).items).toEqual([]);
    const resolved = (await get('/api/alerts?state=resolved')).items as { kind: string }[];
    expect(resolved.map((a) => a.kind)).toEqual(['anomaly']);
  });

  it('ends an anomaly whose series then stayed silent for the whole window, where its data stopped, and forgets the series', async () => {
    const reply = (deviceId: number, rtt: number) => ({ deviceId, ok: true, reason: null, stats: { sent: 3, received: 3, lossPercent: 0, rttMin: rtt, rttAvg: rtt, rttMax: rtt, rttMedian: rtt, jitter: 0 } });
    const settle = async () => {
      await t.monitoring.anomalies.idle();
      await t.alerting.engine.idle();
    };
    for (let i = 0; i < 3; i++) t.monitoring.anomalies.round({ at: (clock += 10_000), results: [reply(ids['PTP-Serra']!, 0.04)] } as never);
    await settle();
    const [opened] = (await get('/api/anomalies?state=open')).items as { id: number; deviceId: number }[];
    expect(opened?.deviceId).toBe(ids['PTP-Serra']);
    expect(t.monitoring.anomalies.stats().series).toBeGreaterThanOrEqual(4);
    const lastHourEnd = (Math.floor(clock / 3_600_000) + 1) * 3_600_000;

    // Eight days on, another device reports; PTP-Serra (deleted, or down all week) does not.
    t.monitoring.anomalies.round({ at: clock + 8 * 86_400_000, results: [reply(ids['AP-Normal']!, 0.05)] } as never);
    await settle();
    expect((await get('/api/anomalies?state=open')).items).toEqual([]);
    const ended = ((await get(`/api/anomalies?deviceId=${ids['PTP-Serra']}`)).items as { id: number; endedAt: string }[]).find((a) => a.id === opened!.id);
    expect(ended?.endedAt).toBe(new Date(lastHourEnd).toISOString());
    expect((await get('/api/alerts?state=open')).items).toEqual([]);
    // PTP-Serra's and AP-Estranho's series are gone; AP-Normal's RTT and loss remain.
    expect(t.monitoring.anomalies.stats().series).toBe(2);
  });

  it('refuses a range that ends before it starts', async () => {
    const r = await t.app.inject({ method: 'GET', url: '/api/anomalies?from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z', headers: admin });
    expect(r.statusCode).toBe(400);
    expect(r.json().fields).toEqual([{ field: 'from', message: 'from must be before to' }]);
  });
});
