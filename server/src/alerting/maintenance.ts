import { effectiveParent, type DependencyGraph } from '../inventory/dependencies.js';

export const MAINTENANCE_SCOPES = ['device', 'tower', 'global'] as const;
export type MaintenanceScope = (typeof MAINTENANCE_SCOPES)[number];
export type MaintenanceState = 'active' | 'upcoming' | 'past';

/** A maintenance window; times in epoch ms. */
export interface MaintenanceWindow {
  id: number;
  scope: MaintenanceScope;
  /** The device or tower; null for a global window. */
  targetId: number | null;
  /** The first occurrence; a weekly window repeats it every 7 days. */
  startsAt: number;
  endsAt: number;
  recurrence: 'weekly' | null;
  reason: string | null;
  createdBy: string | null;
  createdAt: number;
  /** Ended early: nothing of the window counts from then on. */
  endedAt: number | null;
}

export interface Occurrence {
  start: number;
  end: number;
}

export const WEEK_MS = 7 * 24 * 3600_000;

type Timing = Pick<MaintenanceWindow, 'startsAt' | 'endsAt' | 'recurrence' | 'endedAt'>;

/** Occurrence k of a window, cut short by an early end; null if it would start at or after it. */
function occurrence(w: Timing, k: number): Occurrence | null {
  const start = w.startsAt + k * WEEK_MS;
  const end = w.endsAt + k * WEEK_MS;
  if (w.endedAt !== null && start >= w.endedAt) return null;
  return { start, end: w.endedAt === null ? end : Math.min(end, w.endedAt) };
}

/**
 * The occurrence of `w` covering `at`, or null. Weekly windows repeat every 7 × 24 h of absolute
 * time (so the local hour moves across a DST change; Brazil has had none since 2019). A weekly
 * window lasts at most 7 days, so only the latest occurrence started can cover `at`.
 */
export function occurrenceAt(w: Timing, at: number): Occurrence | null {
  if (at < w.startsAt) return null;
  const k = w.recurrence === 'weekly' ? Math.floor((at - w.startsAt) / WEEK_MS) : 0;
  const o = occurrence(w, k);
  return o && at < o.end ? o : null;
}

/** The first occurrence of `w` starting strictly after `after`, or null if there is none. */
export function nextOccurrence(w: Timing, after: number): Occurrence | null {
  if (after < w.startsAt) return occurrence(w, 0);
  if (w.recurrence !== 'weekly') return null;
  return occurrence(w, Math.floor((after - w.startsAt) / WEEK_MS) + 1);
}

/** Active: an occurrence covers `now`; upcoming: one starts later; past: neither. */
export function windowState(w: Timing, now: number): MaintenanceState {
  if (occurrenceAt(w, now)) return 'active';
  return nextOccurrence(w, now) ? 'upcoming' : 'past';
}

/**
 * The windows in force at one instant, indexed by what they cover, so that asking about each
 * of 20,000 devices costs the depth of its dependency chain rather than the number of windows.
 */
export function activeMaintenance(windows: readonly MaintenanceWindow[], at: number) {
  const global: MaintenanceWindow[] = [];
  const byDevice = new Map<number, MaintenanceWindow[]>();
  const byTower = new Map<number, MaintenanceWindow[]>();
  for (const w of windows) {
    if (!occurrenceAt(w, at)) continue;
    if (w.scope === 'global') global.push(w);
    else if (w.targetId !== null) {
      const index = w.scope === 'device' ? byDevice : byTower;
      index.set(w.targetId, [...(index.get(w.targetId) ?? []), w]);
    }
  }

  /**
   * A device window covers the device and its dependents; a tower window covers every device on
   * the tower and their dependents, wherever those sit (a client on another tower fed through
   * this one is silenced too: its outage is the planned work's doing). So a device is covered by
   * the windows of itself, its ancestors along effective parents, and their towers, plus the
   * global ones: closest first.
   */
  function covering(deviceId: number, graph: DependencyGraph): MaintenanceWindow[] {
    const out: MaintenanceWindow[] = [];
    const seen = new Set<number>();
    for (let d: number | null = deviceId; d !== null && !seen.has(d); d = effectiveParent(graph, d)) {
      seen.add(d); // a cycle in stale data must not hang the evaluator
      out.push(...(byDevice.get(d) ?? []));
      const towerId = graph.devices.get(d)?.towerId ?? null;
      if (towerId !== null) out.push(...(byTower.get(towerId) ?? []));
    }
    out.push(...global);
    return [...new Set(out)];
  }

  return {
    covering,
    /** Without device or tower windows nothing needs a walk up the graph (the usual case). */
    has: (deviceId: number, graph: DependencyGraph) => global.length > 0 || ((byDevice.size > 0 || byTower.size > 0) && covering(deviceId, graph).length > 0),
    /** A global window is on: it silences what belongs to no device too (the internet outage). */
    global: global.length > 0,
  };
}
export type ActiveMaintenance = ReturnType<typeof activeMaintenance>;

/** The windows silencing `deviceId` at `at`. For many devices, build `activeMaintenance` once. */
export const coveringWindows = (deviceId: number, windows: readonly MaintenanceWindow[], graph: DependencyGraph, at: number) =>
  activeMaintenance(windows, at).covering(deviceId, graph);

export const isInMaintenance = (deviceId: number, windows: readonly MaintenanceWindow[], graph: DependencyGraph, at: number) =>
  coveringWindows(deviceId, windows, graph, at).length > 0;

export interface WindowTimesInput {
  startsAt?: number;
  endsAt?: number;
  durationMinutes?: number;
  recurrence: 'weekly' | null;
}

/**
 * Resolves a requested window's start and end: the start defaults to now; exactly one of an
 * end or a duration; a weekly window lasts at most 7 days (occurrences never overlap, which
 * `occurrenceAt` relies on); a one-off window must not be over already.
 */
export function windowTimes(i: WindowTimesInput, now: number): { ok: true; startsAt: number; endsAt: number } | { ok: false; field: string; message: string } {
  if (i.endsAt !== undefined && i.durationMinutes !== undefined) return { ok: false, field: 'durationMinutes', message: 'give endsAt or durationMinutes, not both' };
  if (i.endsAt === undefined && i.durationMinutes === undefined) return { ok: false, field: 'endsAt', message: 'endsAt or durationMinutes is required' };
  const startsAt = i.startsAt ?? now;
  const endsAt = i.endsAt ?? startsAt + i.durationMinutes! * 60_000;
  const field = i.endsAt !== undefined ? 'endsAt' : 'durationMinutes';
  if (endsAt <= startsAt) return { ok: false, field, message: 'the window must end after it starts' };
  if (i.recurrence === 'weekly' && endsAt - startsAt > WEEK_MS) return { ok: false, field, message: 'a weekly window lasts at most 7 days' };
  if (i.recurrence === null && endsAt <= now) return { ok: false, field, message: 'the window is already over' };
  return { ok: true, startsAt, endsAt };
}
