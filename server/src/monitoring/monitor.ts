import type { DeviceStatusRepo, StatusEvent, StoredStatus } from '../db/repos/device-status.js';
import type { PingSamplesRepo, SampleRow } from '../db/repos/ping-samples.js';
import type { DeviceType } from '../http/routes/devices/schema.js';
import type { InventorySnapshotCache, MonitoredDevice as InventoryDevice } from '../inventory/snapshot.js';
import type { PingStats } from '../probers/icmp/fping-parser.js';
import type { EventBus } from './event-bus.js';
import { createRollupAccumulator, BUCKET_5M } from './rollups.js';
import { advance, initialState, resolveUnreachable, settle, statusReason, STATUSES, type DeviceState, type Status, type StatusRules } from './status-machine.js';

/** One device's outcome in a round, as a poller hands it over (here or, later, from a remote POP). */
export interface ProbedDevice {
  deviceId: number;
  ok: boolean;
  reason: string | null;
  stats: PingStats;
}

export interface RoundResult {
  /** Round start, ms since the epoch (aligned to the interval). */
  at: number;
  results: ProbedDevice[];
}

export interface Latest {
  rttMs: number | null;
  lossPercent: number;
  at: number;
}

export interface Thresholds {
  latencyMs: number;
  latencyMsByType: Partial<Record<DeviceType, number>>;
}

const us = (ms: number | null) => (ms === null ? null : Math.round(ms * 1000));

/**
 * Consumes rounds: runs each device's status machine (with dependencies), stores samples,
 * rollups, status changes and events, and announces changes on the bus.
 */
export function createMonitor(deps: {
  statuses: DeviceStatusRepo;
  samples: PingSamplesRepo;
  inventory: InventorySnapshotCache;
  bus: EventBus;
  rules: StatusRules;
  thresholds: Thresholds;
  rawRetentionSeconds: number;
}) {
  const states = new Map<number, DeviceState>();
  /** Whether any device has answered since this process started (stored statuses do not count). */
  let answered = false;
  const latest = new Map<number, Latest>();
  const acc = createRollupAccumulator(BUCKET_5M);
  // Devices by id, built once per inventory snapshot rather than once per round.
  const byIdOf = new WeakMap<object, Map<number, InventoryDevice>>();
  const byIdFor = (devices: InventoryDevice[]) => {
    let m = byIdOf.get(devices);
    if (!m) byIdOf.set(devices, (m = new Map(devices.map((d) => [d.id, d]))));
    return m;
  };

  async function closeBuckets(t: number, rows: SampleRow[]) {
    const closed = acc.add(t, rows);
    if (closed.closedBucket === null) return;
    await deps.samples.upsertRollups('ping_rollup_5m', closed.rows);
    const closedHour = Math.floor(closed.closedBucket / 3600) * 3600;
    if (closedHour !== Math.floor(acc.bucket! / 3600) * 3600) await deps.samples.rollHour(closedHour);
  }

  return {
    /**
     * Resumes after a restart: stored statuses (so a restart alone changes nothing), the open
     * 5-minute bucket replayed from raw samples, and any hourly rollup left undone.
     */
    async init(now = Date.now()) {
      // Recent changes too, so a restart neither clears nor invents flapping.
      const recent = await deps.statuses.changeTimesSince(now - deps.rules.flapWindowMs);
      for (const s of await deps.statuses.loadAll()) {
        states.set(s.deviceId, { ...initialState(s.status, s.since, s.flapping), changes: recent.get(s.deviceId) ?? [] });
      }
      const nowS = Math.floor(now / 1000);
      const last5m = await deps.samples.edgeT('ping_rollup_5m');
      // From the bucket after the last one written (or from the oldest raw sample kept).
      const replayFrom = Math.max(last5m === null ? 0 : last5m + BUCKET_5M, nowS - deps.rawRetentionSeconds);
      const raw = await deps.samples.rawSince(replayFrom);
      for (let i = 0; i < raw.length; ) {
        let j = i;
        while (j < raw.length && raw[j]!.t === raw[i]!.t) j++;
        await closeBuckets(raw[i]!.t, raw.slice(i, j));
        i = j;
      }
      // Hours whose 5-minute rows were written but not rolled up (a stop in between); at most two days back.
      const last1h = await deps.samples.edgeT('ping_rollup_1h');
      const newest5m = await deps.samples.edgeT('ping_rollup_5m');
      if (newest5m !== null) {
        const lastClosedHour = Math.min(Math.floor(nowS / 3600) * 3600 - 3600, Math.floor(newest5m / 3600) * 3600);
        const first = Math.max(last1h === null ? lastClosedHour : last1h + 3600, lastClosedHour - 48 * 3600);
        for (let h = first; h <= lastClosedHour; h += 3600) await deps.samples.rollHour(h);
      }
      for (const r of await deps.samples.latestPerDevice(nowS - 3600)) {
        latest.set(r.device_id, { rttMs: r.rtt_avg === null ? null : r.rtt_avg / 1000, lossPercent: r.sent ? Math.round((r.lost / r.sent) * 1000) / 10 : 0, at: r.t * 1000 });
      }
    },

    async ingest(round: RoundResult): Promise<void> {
      if (!answered) answered = round.results.some((r) => r.ok);
      const snap = await deps.inventory.get();
      const byId = byIdFor(snap.devices);
      const advanced = new Map<number, ReturnType<typeof advance> & { before: DeviceState }>();
      const candidates = new Map<number, Status>();
      for (const r of round.results) {
        const d = byId.get(r.deviceId);
        if (!d) continue; // deleted while the round ran
        const before = states.get(r.deviceId) ?? initialState();
        const threshold = d.latencyThresholdMs ?? deps.thresholds.latencyMsByType[d.type] ?? deps.thresholds.latencyMs;
        const a = advance(before, { ok: r.ok, lossPercent: r.stats.lossPercent, rttAvg: r.stats.rttAvg, reason: r.reason }, deps.rules, threshold);
        advanced.set(r.deviceId, { ...a, before });
        candidates.set(r.deviceId, a.candidate);
      }
      // A parent that was not probed this round counts with its last status, unless it is
      // disabled: then nobody knows, and its children's outages are their own.
      const final = resolveUnreachable(candidates, snap.parentOf, (id) => (byId.get(id)?.enabled ? states.get(id)?.status : undefined));

      const stored: StoredStatus[] = [];
      const events: StatusEvent[] = [];
      const flaps: { deviceId: number; flapping: boolean }[] = [];
      // New states are kept aside and applied only once the round is stored: a failed write
      // must not leave memory ahead of the database (the change would never be recorded).
      const nextStates = new Map<number, DeviceState>();
      for (const [deviceId, a] of advanced) {
        const status = final.get(deviceId)!;
        const s = settle(a.state, status, round.at, deps.rules);
        nextStates.set(deviceId, s.state);
        const parent = snap.parentOf(deviceId);
        const parentStatus = parent === null ? undefined : (final.get(parent) ?? states.get(parent)?.status);
        const reason = status === 'unreachable' ? statusReason('upstream', parent ?? 0, parentStatus ?? 'down') : a.reason;
        if (s.changed) events.push({ deviceId, at: round.at, from: a.before.status, to: status, reason });
        if (s.changed || s.flappingChanged) stored.push({ deviceId, status, since: s.state.since, flapping: s.state.flapping, reason });
        if (s.flappingChanged) flaps.push({ deviceId, flapping: s.state.flapping });
      }

      const t = Math.floor(round.at / 1000);
      const rows: SampleRow[] = [];
      for (const r of round.results) {
        if (byId.has(r.deviceId)) rows.push({ device_id: r.deviceId, t, rtt_avg: us(r.stats.rttAvg), rtt_min: us(r.stats.rttMin), rtt_max: us(r.stats.rttMax), sent: r.stats.sent, lost: r.stats.sent - r.stats.received });
      }
      await deps.samples.insertRound(rows);
      await closeBuckets(t, rows);
      await deps.statuses.saveChanges(stored, events);
      for (const [id, st] of nextStates) states.set(id, st);
      for (const r of round.results) {
        if (!byId.has(r.deviceId)) continue;
        const l = latest.get(r.deviceId);
        if (l) {
          // In place: one object per device for the life of the server, not one per round.
          l.rttMs = r.stats.rttAvg;
          l.lossPercent = r.stats.lossPercent;
          l.at = round.at;
        } else latest.set(r.deviceId, { rttMs: r.stats.rttAvg, lossPercent: r.stats.lossPercent, at: round.at });
      }
      for (const id of states.keys()) if (!byId.has(id)) states.delete(id);
      for (const id of latest.keys()) if (!byId.has(id)) latest.delete(id);

      for (const e of events) deps.bus.emit('status.changed', e);
      for (const f of flaps) deps.bus.emit('flapping.changed', { ...f, at: round.at });
    },

    /** Counts of enabled devices by status, from memory. */
    async counts(): Promise<Record<Status, number>> {
      const snap = await deps.inventory.get();
      const out = Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<Status, number>;
      for (const d of snap.devices) if (d.enabled) out[states.get(d.id)?.status ?? 'unknown']++;
      return out;
    },
    latest: (deviceId: number) => latest.get(deviceId),
    /** Enabled devices with the highest last-round RTT, or loss (> 0), highest first. */
    async worst(by: 'rtt' | 'loss', limit: number): Promise<number[]> {
      const snap = await deps.inventory.get();
      const scored: [number, number][] = [];
      for (const d of snap.devices) {
        const last = d.enabled ? latest.get(d.id) : undefined;
        const value = by === 'rtt' ? last?.rttMs : last?.lossPercent;
        if (value !== undefined && value !== null && (by === 'rtt' || value > 0)) scored.push([d.id, value]);
      }
      return scored
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .slice(0, limit)
        .map(([id]) => id);
    },
    state: (deviceId: number) => states.get(deviceId),
    /** Whether any device has answered a ping since start. */
    answeredSinceStart: () => answered,
  };
}
export type Monitor = ReturnType<typeof createMonitor>;
