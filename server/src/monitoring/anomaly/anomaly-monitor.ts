import type { AnomaliesRepo, Anomaly } from '../../db/repos/anomalies.js';
import type { EventBus } from '../event-bus.js';
import type { RoundResult } from '../monitor.js';
import { radioKeys, type SnmpDeviceState } from '../snmp/state.js';
import { HOUR_MS } from './calendar.js';
import type { AnomalyModel, MetricKind, Verdict } from './seasonal-model.js';

/** Hours are closed this long after they end, so a late round or poll still counts in its hour. */
const CLOSE_GRACE_MS = 5 * 60_000;
/** Interface types whose traffic is modelled: Ethernet and radios, not loopbacks, bridges or VLANs. */
const TRAFFIC_IF_TYPES = new Set([6, 71, 117]); // ethernetCsmacd, ieee80211, gigabitEthernet

export const seriesKind = (series: string): MetricKind =>
  series === 'rtt' ? 'rtt' : series === 'loss' ? 'loss' : series.startsWith('signal') ? 'signal' : 'traffic';

export interface AnomalyChange {
  anomaly: Anomaly;
  phase: 'started' | 'ended';
}

/**
 * Feeds every device's RTT and loss (each ICMP round) and its interfaces' traffic and radios'
 * signal (each SNMP poll) to the anomaly model; stores closed hours and anomalies, and announces
 * each anomaly's start and end on the bus. An outage is not an anomaly: rounds without a reply
 * are the status machine's business and are left out of the baseline too.
 */
export function createAnomalyMonitor(deps: { model: AnomalyModel; repo: AnomaliesRepo; bus: EventBus; log: { error: (o: object, m: string) => void } }) {
  const { model } = deps;
  /** Open anomalies by model key; `adopted` false for one resumed after a restart until the model sees it again. */
  const open = new Map<string, { row: Anomaly; adopted: boolean; normal: number }>();
  let queue: Promise<unknown> = Promise.resolve();
  /** The hour whose expiry has run: SNMP batches closing hours one after another need it once. */
  let expiredAt = -1;
  const run = (fn: () => Promise<void>) => {
    queue = queue.then(fn).catch((err: unknown) => deps.log.error({ err }, 'anomaly detection failed'));
  };
  // Keys made once per series: a fresh string per point each round had to be hashed again in the model's map.
  const keys = new Map<number, Map<string, string>>();
  const keyOf = (deviceId: number, series: string) => {
    let byDevice = keys.get(deviceId);
    if (!byDevice) keys.set(deviceId, (byDevice = new Map()));
    let key = byDevice.get(series);
    if (key === undefined) byDevice.set(series, (key = `${deviceId}|${series}`));
    return key;
  };

  async function verdict(deviceId: number, series: string, v: Verdict, at: number) {
    const key = keyOf(deviceId, series);
    const current = open.get(key);
    const e = v.episode;
    if (current && !current.adopted) {
      if (v.change === 'started') {
        current.adopted = true;
        return;
      }
      current.normal = v.anomalous || v.expected === null ? 0 : current.normal + 1;
      if (current.normal < model.options.minConsecutive) return;
      return end(key, current.row, at);
    }
    if (v.change === 'started' && e && !current) {
      const row = await deps.repo.open({ deviceId, series, startedAt: e.startedAt, direction: e.direction, value: e.value, expected: e.expected, spread: e.spread, peakZ: e.peakZ });
      open.set(key, { row, adopted: true, normal: 0 });
      deps.bus.emit('anomaly.changed', { anomaly: row, phase: 'started' });
    } else if (v.change === 'ended' && e && current) {
      Object.assign(current.row, { value: e.value, expected: e.expected, spread: e.spread, peakZ: e.peakZ });
      await end(key, current.row, e.endedAt ?? at);
    }
  }

  async function end(key: string, row: Anomaly, at: number) {
    open.delete(key);
    row.endedAt = at;
    await deps.repo.update(row.id, { endedAt: at, value: row.value, expected: row.expected, spread: row.spread, peakZ: row.peakZ });
    deps.bus.emit('anomaly.changed', { anomaly: row, phase: 'ended' });
  }

  async function observe(points: { deviceId: number; series: string; at: number; value: number }[], at: number) {
    for (const p of points) {
      const key = keyOf(p.deviceId, p.series);
      const v = model.observe(key, seriesKind(p.series), p.at, p.value);
      // Most points start or end nothing and no anomaly is open on their series: skipping the
      // async bookkeeping for them saves a promise and a microtask per point, every round.
      if (v.change !== null || open.has(key)) await verdict(p.deviceId, p.series, v, p.at);
    }
    model.closeHoursBefore(at - CLOSE_GRACE_MS);
    const hours = model.drainClosedHours();
    if (hours.length === 0) return;
    // Hours past the window are no use to the model: dropped once an hour, as new ones are
    // stored, with the series silent all that time (an anomaly still open on one ends there).
    const hour = Math.floor(at / HOUR_MS);
    if (hour !== expiredAt) {
      expiredAt = hour;
      await deps.repo.expireHours(Math.floor(at / 1000) - (model.options.windowDays + 1) * 86_400);
      keys.clear(); // drops the keys of deleted devices and interfaces with them
      for (const { key, lastAt } of model.expireSilent(at)) {
        const current = open.get(key);
        if (current) await end(key, current.row, lastAt);
      }
    }
    await deps.repo.saveHours(
      hours.map((h) => {
        const [deviceId, series] = h.key.split('|') as [string, string];
        return { deviceId: Number(deviceId), series, t: h.hourStart / 1000, median: h.median, mad: h.mad, count: h.count };
      }),
    );
  }

  return {
    /** Rebuilds the model from the stored hours of the last window, and resumes open anomalies. */
    async init(now = Date.now()) {
      const since = Math.floor((now - model.options.windowDays * 24 * HOUR_MS) / 1000);
      for await (const page of deps.repo.hoursSince(since)) {
        model.load(page.map((r) => ({ key: keyOf(r.deviceId, r.series), kind: seriesKind(r.series), hourStart: r.t * 1000, median: r.median, mad: r.mad, count: r.count })));
      }
      for (const row of await deps.repo.loadOpen()) open.set(keyOf(row.deviceId, row.series), { row, adopted: false, normal: 0 });
    },
    /** One ICMP round: RTT where there were replies, loss where the device answered at all. */
    round(round: RoundResult) {
      const points: { deviceId: number; series: string; at: number; value: number }[] = [];
      for (const r of round.results) {
        if (!r.ok || r.stats.lossPercent >= 100) continue;
        if (r.stats.rttAvg !== null) points.push({ deviceId: r.deviceId, series: 'rtt', at: round.at, value: r.stats.rttAvg });
        points.push({ deviceId: r.deviceId, series: 'loss', at: round.at, value: r.stats.lossPercent });
      }
      run(() => observe(points, round.at));
    },
    /** One SNMP batch: traffic per Ethernet/radio interface that is up, signal per radio. */
    snmp(states: SnmpDeviceState[]) {
      const points: { deviceId: number; series: string; at: number; value: number }[] = [];
      let latest = 0;
      for (const s of states) {
        if (s.error !== null) continue;
        latest = Math.max(latest, s.polledAt);
        for (const i of s.interfaces) {
          if (i.type === null || !TRAFFIC_IF_TYPES.has(i.type) || i.operStatus !== 'up') continue;
          if (i.inBps !== null) points.push({ deviceId: s.deviceId, series: `traffic_in:${i.ifIndex}`, at: s.polledAt, value: i.inBps });
          if (i.outBps !== null) points.push({ deviceId: s.deviceId, series: `traffic_out:${i.ifIndex}`, at: s.polledAt, value: i.outBps });
        }
        const keys = radioKeys(s.wireless);
        s.wireless.forEach((r, n) => {
          if (r.signalDbm !== null) points.push({ deviceId: s.deviceId, series: `signal:${keys[n]}`, at: s.polledAt, value: r.signalDbm });
        });
      }
      if (points.length > 0) run(() => observe(points, latest));
    },
    /** Waits for what was handed over so far (tests, shutdown). */
    idle: () => queue,
    openAnomalies: () => [...open.values()].map((o) => o.row),
    stats: () => model.stats(),
    options: model.options,
  };
}
export type AnomalyMonitor = ReturnType<typeof createAnomalyMonitor>;
