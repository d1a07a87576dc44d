import { describe, expect, it } from 'vitest';
import type { AnomalyModel, MetricKind, Verdict } from './seasonal-model.js';
import { baselineBand, baselineFromSummaries, createAnomalyModel } from './seasonal-model.js';
import { gaussian } from '../../test-support/seeded-noise.js';

const OFFSET = -180; // UTC-3, fixed so the tests do not depend on the machine's zone
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Monday 2024-01-01, 00:00 local. */
const T0 = Date.UTC(2024, 0, 1, 3);
const at = (day: number, hour = 0, minute = 0) => T0 + day * DAY + hour * HOUR + minute * MINUTE;
const localHour = (t: number) => (((t - T0) % DAY) + DAY) % DAY / HOUR;
const localDay = (t: number) => Math.floor((t - T0) / DAY);
const isWeekend = (t: number) => [5, 6].includes(((localDay(t) % 7) + 7) % 7);

interface Point {
  at: number;
  value: number;
  verdict: Verdict;
}

/** Feeds value(t) every `step` ms over [from, to) and returns every verdict. */
function feed(model: AnomalyModel, key: string, kind: MetricKind, from: number, to: number, value: (t: number) => number, step = MINUTE): Point[] {
  const out: Point[] = [];
  for (let t = from; t < to; t += step) {
    const v = value(t);
    out.push({ at: t, value: v, verdict: model.observe(key, kind, t, v) });
  }
  return out;
}

const started = (ps: Point[]) => ps.filter((p) => p.verdict.change === 'started');

/** RTT around 3 ms with small noise. */
function rtt(seed = 1) {
  const g = gaussian(seed);
  return () => 3 + 0.1 * g();
}

/** Traffic with a night level of 20 Mbit/s and an evening peak five times that around 21:00. */
function dailyTraffic(seed = 2, weekendFactor = 1) {
  const g = gaussian(seed);
  const dayLevel = new Map<number, number>();
  return (t: number) => {
    const d = localDay(t);
    if (!dayLevel.has(d)) dayLevel.set(d, 1 + 0.05 * g());
    const x = Math.min(Math.abs(localHour(t) - 21), 24 - Math.abs(localHour(t) - 21));
    const level = 20e6 * (1 + 4 * Math.exp(-((x / 2.5) ** 2))) * dayLevel.get(d)! * (isWeekend(t) ? weekendFactor : 1);
    return level * (1 + 0.05 * g());
  };
}

/** Loss per round of 10 pings: now and then one packet lost. */
function loss(seed = 3) {
  const g = gaussian(seed);
  return () => (g() > 2.33 ? 10 : 0); // about 1% of rounds
}

describe('seasonal anomaly model', () => {
  it('flags a step change exactly at the minConsecutive-th anomalous point, and ends it', () => {
    const model = createAnomalyModel({ utcOffsetMinutes: OFFSET });
    const base = rtt();
    const history = feed(model, 'rtt:1', 'rtt', at(0), at(7, 10, 30), base);
    expect(history.some((p) => p.verdict.anomalous)).toBe(false);

    const step = feed(model, 'rtt:1', 'rtt', at(7, 10, 30), at(7, 11, 0), () => 40);
    expect(step[0]!.verdict).toMatchObject({ anomalous: true, change: null });
    expect(step[1]!.verdict).toMatchObject({ anomalous: true, change: null });
    expect(step[2]!.verdict.change).toBe('started');
    expect(step[2]!.verdict.episode).toMatchObject({ key: 'rtt:1', kind: 'rtt', startedAt: at(7, 10, 30), endedAt: null, direction: 'up', value: 40 });
    expect(step[2]!.verdict.expected).toBeCloseTo(3, 1);
    expect(started(step)).toHaveLength(1);

    const after = feed(model, 'rtt:1', 'rtt', at(7, 11, 0), at(7, 12, 0), base);
    expect(after.map((p) => p.verdict.change).slice(0, 3)).toEqual([null, null, 'ended']);
    expect(after[2]!.verdict.episode).toMatchObject({ startedAt: at(7, 10, 30), endedAt: at(7, 10, 59) });
    expect(after.slice(3).every((p) => p.verdict.episode === null)).toBe(true);
  });

  it('a strong daily cycle (evening peak ×5) is never flagged over days 8–14', () => {
    const model = createAnomalyModel({ utcOffsetMinutes: OFFSET });
    const points = feed(model, 'traffic_in:1:1', 'traffic', at(0), at(14), dailyTraffic());
    const scored = points.filter((p) => p.at >= at(7));
    expect(started(scored)).toEqual([]);
    expect(scored.filter((p) => p.verdict.anomalous).length / scored.length).toBeLessThan(0.005);
    // It learnt the cycle rather than widening the band to swallow it.
    const peak = model.baselineAt('traffic_in:1:1', at(14, 21))!;
    const night = model.baselineAt('traffic_in:1:1', at(14, 4))!;
    expect(peak.expected / night.expected).toBeGreaterThan(4);
    expect(peak.spread).toBeLessThan(0.25 * peak.expected);
  });

  it('weekends at 0.3 of weekdays stop being flagged once 3 weekend days are in a 21-day window', () => {
    const model = createAnomalyModel({ utcOffsetMinutes: OFFSET, windowDays: 21 });
    const points = feed(model, 'traffic_in:1:1', 'traffic', at(0), at(28), dailyTraffic(4, 0.3));
    // The first weekend is new and is flagged (down); it proves the test can fail.
    expect(started(points.filter((p) => localDay(p.at) === 5)).some((p) => p.verdict.episode!.direction === 'down')).toBe(true);
    // From the second Sunday on, Saturdays 5, 6 and 12 are behind it.
    expect(started(points.filter((p) => p.at >= at(13)))).toEqual([]);
  });

  it('with the default 7-day window (2 weekend days in it), weekends stop being flagged from the second one', () => {
    const model = createAnomalyModel({ utcOffsetMinutes: OFFSET });
    const points = feed(model, 'traffic_in:1:1', 'traffic', at(0), at(28), dailyTraffic(5, 0.3));
    expect(started(points.filter((p) => localDay(p.at) === 5)).length).toBeGreaterThan(0);
    expect(started(points.filter((p) => p.at >= at(12)))).toEqual([]);
  });

  it('one weekend outage in a 7-day window does not drag the next weekend day', () => {
    const traffic = dailyTraffic(6, 0.3);
    const withOutage = createAnomalyModel({ utcOffsetMinutes: OFFSET });
    const without = createAnomalyModel({ utcOffsetMinutes: OFFSET });
    const outage = (t: number) => t >= at(12, 18) && t < at(12, 21);
    feed(withOutage, 'k', 'traffic', at(0), at(13), (t) => (outage(t) ? 0 : traffic(t)));
    feed(without, 'k', 'traffic', at(0), at(13), traffic);
    for (const h of [18, 19, 20]) {
      const a = withOutage.baselineAt('k', at(13, h))!.expected;
      const b = without.baselineAt('k', at(13, h))!.expected;
      expect(Math.abs(a - b) / b).toBeLessThan(0.1);
    }
  });

  it('a single spike, or two isolated ones, is not flagged', () => {
    const model = createAnomalyModel({ utcOffsetMinutes: OFFSET });
    const base = rtt(7);
    feed(model, 'rtt:1', 'rtt', at(0), at(8), base);
    const spikes = new Set([at(8, 10), at(8, 12), at(8, 12, 5), at(8, 15), at(8, 15, 1)]);
    const points = feed(model, 'rtt:1', 'rtt', at(8), at(9), (t) => (spikes.has(t) ? 60 : base()));
    expect(points.filter((p) => p.verdict.anomalous).map((p) => p.at)).toEqual([...spikes]);
    expect(points.every((p) => p.verdict.change === null && p.verdict.episode === null)).toBe(true);
  });

  it('an outage (3 h of loss 100 on day 3) does not move the baseline of those hours, and a later step is still found', () => {
    const noisy = loss();
    const values = new Map<number, number>();
    const lossAt = (t: number) => values.get(t) ?? values.set(t, noisy()).get(t)!; // the same series for both models
    const outage = (t: number) => t >= at(3, 14) && t < at(3, 17);
    const withOutage = createAnomalyModel({ utcOffsetMinutes: OFFSET });
    const without = createAnomalyModel({ utcOffsetMinutes: OFFSET });
    // baselineAt reads the current ring (the last 7 days), so each day is checked as it begins.
    for (let day = 0; day < 9; day++) {
      feed(withOutage, 'loss:1', 'loss', at(day), at(day + 1), (t) => (outage(t) ? 100 : lossAt(t)));
      feed(without, 'loss:1', 'loss', at(day), at(day + 1), lossAt);
      if (day < 3) continue;
      for (const h of [14, 15, 16]) {
        const a = withOutage.baselineAt('loss:1', at(day + 1, h, 30))!;
        const b = without.baselineAt('loss:1', at(day + 1, h, 30))!;
        expect(Math.abs(a.expected - b.expected)).toBeLessThanOrEqual(0.5);
        expect(Math.abs(a.spread - b.spread)).toBeLessThanOrEqual(0.5);
      }
    }
    feed(withOutage, 'loss:1', 'loss', at(9), at(9, 15), lossAt);
    const step = feed(withOutage, 'loss:1', 'loss', at(9, 15), at(9, 16), () => 30);
    expect(step.findIndex((p) => p.verdict.change === 'started')).toBe(2);
  });

  it('traffic 0 for 3 h on an evening barely moves later evenings, and a later fall is still found', () => {
    const traffic = dailyTraffic(8);
    const withOutage = createAnomalyModel({ utcOffsetMinutes: OFFSET });
    const without = createAnomalyModel({ utcOffsetMinutes: OFFSET });
    const values = new Map<number, number>();
    const v = (t: number) => values.get(t) ?? values.set(t, traffic(t)).get(t)!;
    const outage = (t: number) => t >= at(3, 19) && t < at(3, 22);
    feed(withOutage, 'k', 'traffic', at(0), at(9), (t) => (outage(t) ? 0 : v(t)));
    feed(without, 'k', 'traffic', at(0), at(9), v);
    for (const h of [19, 20, 21]) {
      const a = withOutage.baselineAt('k', at(9, h))!.expected;
      const b = without.baselineAt('k', at(9, h))!.expected;
      expect(Math.abs(a - b) / b).toBeLessThan(0.05);
    }
    const fall = feed(withOutage, 'k', 'traffic', at(9, 19), at(9, 20), (t) => 0.1 * v(t));
    expect(fall.findIndex((p) => p.verdict.change === 'started')).toBe(2);
  });

  it('traffic falling to a tenth of its usual evening level is flagged, direction down', () => {
    const model = createAnomalyModel({ utcOffsetMinutes: OFFSET });
    const traffic = dailyTraffic(9);
    feed(model, 'traffic_in:1:1', 'traffic', at(0), at(10, 20), traffic);
    const fall = feed(model, 'traffic_in:1:1', 'traffic', at(10, 20), at(10, 21), (t) => 0.1 * traffic(t));
    const first = started(fall);
    expect(first).toHaveLength(1);
    expect(first[0]!.at).toBe(at(10, 20, 2));
    expect(first[0]!.verdict.episode).toMatchObject({ direction: 'down', startedAt: at(10, 20) });
    expect(first[0]!.verdict.z!).toBeLessThan(-3);
  });

  it('without enough history expected is null and nothing is anomalous', () => {
    const model = createAnomalyModel({ utcOffsetMinutes: OFFSET });
    const base = rtt(10);
    // A big step on day 1 is not flagged: days 0–2 are all it has seen.
    const early = feed(model, 'rtt:1', 'rtt', at(0), at(3), (t) => (t >= at(1, 12) ? 80 : base()));
    expect(early.every((p) => p.verdict.expected === null && p.verdict.spread === null && p.verdict.z === null)).toBe(true);
    expect(early.every((p) => !p.verdict.anomalous && p.verdict.change === null)).toBe(true);
    // Day 3 has three past days for every hour.
    expect(model.observe('rtt:1', 'rtt', at(3), 80).expected).not.toBeNull();

    // Gaps count as missing days: two days of data in the week is not enough.
    const sparse = createAnomalyModel({ utcOffsetMinutes: OFFSET });
    feed(sparse, 'rtt:2', 'rtt', at(0), at(1), base);
    feed(sparse, 'rtt:2', 'rtt', at(4), at(5), base);
    expect(feed(sparse, 'rtt:2', 'rtt', at(6), at(7), () => 80).every((p) => p.verdict.expected === null && !p.verdict.anomalous)).toBe(true);
  });

  it('summarises each closed hour, closes hours of silent series, and does not score late samples', () => {
    const model = createAnomalyModel({ utcOffsetMinutes: OFFSET });
    for (const [m, v] of [[0, 10], [10, 12], [20, 11], [30, 50], [40, 9]] as const) model.observe('rtt:1', 'rtt', at(0, 5, m), v);
    expect(model.drainClosedHours()).toEqual([]);
    expect(model.closeHoursBefore(at(0, 5, 59))).toBe(0);
    expect(model.closeHoursBefore(at(0, 6))).toBe(1);
    expect(model.drainClosedHours()).toEqual([{ key: 'rtt:1', kind: 'rtt', hourStart: at(0, 5), median: 11, mad: 1, count: 5 }]);
    expect(model.drainClosedHours()).toEqual([]);
    expect(model.observe('rtt:1', 'rtt', at(0, 5, 50), 10)).toEqual({ expected: null, spread: null, z: null, anomalous: false, change: null, episode: null });
    model.observe('rtt:1', 'rtt', at(0, 7), 10);
    expect(model.closeHoursBefore(at(1))).toBe(1);
    expect(model.drainClosedHours().map((s) => s.hourStart)).toEqual([at(0, 7)]);
    expect(model.stats().series).toBe(1);
    expect(model.stats().bytes).toBeGreaterThan(7 * 24 * 16);
  });

  it('drops a series silent for the whole window, keeping those that report', () => {
    const model = createAnomalyModel({ utcOffsetMinutes: OFFSET, windowDays: 7 });
    model.observe('rtt:gone', 'rtt', at(0, 5), 10);
    for (let d = 0; d <= 8; d++) model.observe('rtt:alive', 'rtt', at(d, 5), 10);
    model.closeHoursBefore(at(8, 7));
    // The silent one's last hour (day 0, 05:00) is the baseline of day 7, 05:00, and of no later hour.
    expect(model.expireSilent(at(7, 5, 59))).toEqual([]);
    expect(model.expireSilent(at(7, 6))).toEqual([{ key: 'rtt:gone', lastAt: at(0, 6) }]);
    expect(model.stats().series).toBe(1);
    expect(model.observe('rtt:alive', 'rtt', at(9, 5), 10).change).toBeNull();
    expect(model.expireSilent(at(16, 5))).toEqual([]);
  });

  it('a model loaded from drained summaries gives the same verdicts as the one that wrote them', () => {
    const a = createAnomalyModel({ utcOffsetMinutes: OFFSET });
    const traffic = dailyTraffic(11);
    const lat = rtt(12);
    feed(a, 'traffic_in:1:1', 'traffic', at(0), at(9), traffic);
    feed(a, 'rtt:1', 'rtt', at(0), at(9), lat);
    a.closeHoursBefore(at(9));
    const stored = a.drainClosedHours();
    expect(stored).toHaveLength(2 * 9 * 24);

    const b = createAnomalyModel({ utcOffsetMinutes: OFFSET });
    expect(b.load([...stored].reverse())).toBe(stored.length); // order does not matter

    const next = (t: number) => (t >= at(10, 20) && t < at(10, 21) ? 0.1 : 1) * traffic(t);
    const nextRtt = (t: number) => (t >= at(9, 10) && t < at(9, 10, 20) ? 40 : lat());
    const values: [string, MetricKind, number, number][] = [];
    for (let t = at(9); t < at(12); t += MINUTE) values.push(['traffic_in:1:1', 'traffic', t, next(t)], ['rtt:1', 'rtt', t, nextRtt(t)]);
    const va = values.map(([k, kind, t, v]) => a.observe(k, kind, t, v));
    const vb = values.map(([k, kind, t, v]) => b.observe(k, kind, t, v));
    expect(vb).toEqual(va);
    expect(va.filter((v) => v.change === 'started')).toHaveLength(2); // the comparison covered episodes
    expect(b.drainClosedHours()).toEqual(a.drainClosedHours());
  });

  it('baselineFromSummaries and baselineBand equal the live baselineAt', () => {
    const model = createAnomalyModel({ utcOffsetMinutes: OFFSET });
    feed(model, 'traffic_in:1:1', 'traffic', at(0), at(13, 0, 30), dailyTraffic(13, 0.3));
    const rows = model.drainClosedHours();
    let compared = 0;
    for (let t = at(13); t < at(14); t += HOUR) {
      const live = model.baselineAt('traffic_in:1:1', t);
      expect(baselineFromSummaries(rows, t, 'traffic', { utcOffsetMinutes: OFFSET })).toEqual(live);
      if (live !== null) compared++;
    }
    expect(compared).toBe(24);
    const band = baselineBand(rows, at(13), at(14), 'traffic', { utcOffsetMinutes: OFFSET });
    expect(band.map(({ hourStart, ...b }) => [hourStart, b])).toEqual(
      Array.from({ length: 24 }, (_, h) => [at(13, h), model.baselineAt('traffic_in:1:1', at(13, h))]),
    );
  });

  it('rejects nonsense options', () => {
    expect(() => createAnomalyModel({ windowDays: 0 })).toThrow(RangeError);
    expect(() => createAnomalyModel({ windowDays: 7, minBaselineDays: 8 })).toThrow(RangeError);
    expect(() => createAnomalyModel({ zThreshold: -1 })).toThrow(RangeError);
  });
});
