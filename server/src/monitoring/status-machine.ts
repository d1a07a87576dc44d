import { STATUSES, type DeviceStatus } from '../http/routes/devices/schema.js';

export { STATUSES };
export type Status = DeviceStatus;

export interface StatusRules {
  downAfter: number;
  upAfter: number;
  lossDegradedPercent: number;
  flapChanges: number;
  flapWindowMs: number;
}

/** What the machine remembers of a device between rounds. Counters live in memory only. */
export interface DeviceState {
  status: Status;
  since: number;
  flapping: boolean;
  /** Consecutive rounds with no reply at all. */
  fails: number;
  /** Consecutive rounds with a reply. */
  answers: number;
  /** Consecutive rounds with a reply within the loss and latency thresholds. */
  goods: number;
  /** Times of recent status changes, for flap detection. */
  changes: number[];
}

export interface Observation {
  ok: boolean;
  lossPercent: number;
  rttAvg: number | null;
  reason: string | null;
}

/**
 * Why a device is in its status, as a code the interfaces translate: the kind, then its
 * arguments, separated by "|": `replying`, `no-reply|<rounds>|<probe detail>`,
 * `loss|<percent>|<threshold>`, `latency|<ms>|<threshold ms>`, `upstream|<device id>|<its status>`.
 */
export type ReasonKind = 'replying' | 'no-reply' | 'loss' | 'latency' | 'upstream';
export const statusReason = (kind: ReasonKind, ...args: (string | number)[]) =>
  args.length === 0 ? kind : [kind, ...args.map((a) => (typeof a === 'number' ? String(Math.round(a * 1000) / 1000) : a.replace(/\|/g, '/')))].join('|');

/** Change times within the window; the same array when none has expired (times are in order). */
const recentChanges = (changes: number[], since: number) => (changes.length === 0 || changes[0]! > since ? changes : changes.filter((t) => t > since));

export const initialState = (status: Status = 'unknown', since = 0, flapping = false): DeviceState => ({
  status,
  since,
  flapping,
  fails: 0,
  answers: 0,
  goods: 0,
  changes: [],
});

/**
 * Advances one device by one round, ignoring its parents: the engine then turns a `down`
 * whose parent is down into `unreachable` (see resolveUnreachable). Pure.
 * - `down` after `downAfter` consecutive rounds without any reply;
 * - `degraded` when loss ≥ lossDegradedPercent or the average RTT ≥ the device's threshold;
 * - back `up` (or `degraded`) after `upAfter` answering rounds; degraded → up after
 *   `upAfter` good rounds.
 */
export function advance(state: DeviceState, obs: Observation, rules: StatusRules, latencyThresholdMs: number): { candidate: Status; state: DeviceState; reason: string } {
  const degradedCond = obs.ok && (obs.lossPercent >= rules.lossDegradedPercent || (obs.rttAvg !== null && obs.rttAvg >= latencyThresholdMs));
  const next: DeviceState = {
    ...state,
    fails: obs.ok ? 0 : state.fails + 1,
    answers: obs.ok ? state.answers + 1 : 0,
    goods: obs.ok && !degradedCond ? state.goods + 1 : 0,
  };
  const reasonOf = () =>
    !obs.ok
      ? statusReason('no-reply', next.fails, obs.reason ?? '')
      : degradedCond
        ? obs.lossPercent >= rules.lossDegradedPercent
          ? statusReason('loss', obs.lossPercent, rules.lossDegradedPercent)
          : statusReason('latency', obs.rttAvg ?? 0, latencyThresholdMs)
        : statusReason('replying');
  let candidate: Status = state.status;
  if (!obs.ok) {
    if (next.fails >= rules.downAfter) candidate = 'down';
    else if (state.status === 'unreachable') candidate = 'down'; // still failing; the engine re-checks the parent
  } else if (state.status === 'unknown' || state.status === 'down' || state.status === 'unreachable') {
    if (next.answers >= rules.upAfter) candidate = degradedCond ? 'degraded' : 'up';
  } else if (state.status === 'up') {
    if (degradedCond) candidate = 'degraded';
  } else if (state.status === 'degraded') {
    if (next.goods >= rules.upAfter) candidate = 'up';
  }
  return { candidate, state: next, reason: reasonOf() };
}

/** Records a status change (or not) and updates the flapping flag. Pure. */
export function settle(state: DeviceState, status: Status, now: number, rules: StatusRules): { state: DeviceState; changed: boolean; flappingChanged: boolean } {
  if (status === state.status) {
    const changes = recentChanges(state.changes, now - rules.flapWindowMs);
    const flapping = state.flapping && changes.length >= rules.flapChanges;
    // Most devices in most rounds: nothing to copy (one object less per device per round).
    if (changes === state.changes && flapping === state.flapping) return { state, changed: false, flappingChanged: false };
    return { state: { ...state, changes, flapping }, changed: false, flappingChanged: flapping !== state.flapping };
  }
  const changes = [...recentChanges(state.changes, now - rules.flapWindowMs), now];
  const flapping = changes.length >= rules.flapChanges;
  return { state: { ...state, status, since: now, changes, flapping }, changed: true, flappingChanged: flapping !== state.flapping };
}

/**
 * A device that would be `down` while the device it depends on is down or unreachable is
 * `unreachable`: the outage is upstream. Walks parents first (memoised), so a whole subtree
 * under a failed uplink resolves in one pass.
 */
export function resolveUnreachable(candidates: Map<number, Status>, parentOf: (id: number) => number | null, current: (id: number) => Status | undefined): Map<number, Status> {
  const final = new Map<number, Status>();
  const visiting = new Set<number>();
  const resolve = (id: number): Status | undefined => {
    const done = final.get(id);
    if (done) return done;
    const candidate = candidates.get(id);
    if (candidate === undefined) return current(id); // not probed this round (disabled, or not ours)
    if (candidate !== 'down' || visiting.has(id)) {
      final.set(id, candidate);
      return candidate;
    }
    visiting.add(id);
    const parent = parentOf(id);
    const parentStatus = parent === null ? undefined : resolve(parent);
    visiting.delete(id);
    const status: Status = parentStatus === 'down' || parentStatus === 'unreachable' ? 'unreachable' : 'down';
    final.set(id, status);
    return status;
  };
  for (const id of candidates.keys()) resolve(id);
  return final;
}
