import { describe, expect, it } from 'vitest';
import { advance, initialState, resolveUnreachable, settle, type DeviceState, type Observation, type Status, type StatusRules } from './status-machine.js';

const rules: StatusRules = { downAfter: 2, upAfter: 1, lossDegradedPercent: 20, flapChanges: 4, flapWindowMs: 600_000 };
const ok = (rttAvg = 1, lossPercent = 0): Observation => ({ ok: true, rttAvg, lossPercent, reason: null });
const fail: Observation = { ok: false, rttAvg: null, lossPercent: 100, reason: 'timeout' };

function run(observations: Observation[], start: DeviceState = initialState(), r = rules) {
  let state = start;
  const statuses: Status[] = [];
  observations.forEach((obs, i) => {
    const a = advance(state, obs, r, 150);
    state = settle(a.state, a.candidate, i * 1000, r).state;
    statuses.push(state.status);
  });
  return { statuses, state };
}

describe('status machine', () => {
  it('goes unknown → up on the first reply, and down only after DOWN_AFTER failed rounds', () => {
    expect(run([ok(), fail, fail, fail]).statuses).toEqual(['up', 'up', 'down', 'down']);
    expect(run([fail, fail]).statuses).toEqual(['unknown', 'down']);
  });

  it('comes back up after UP_AFTER answering rounds', () => {
    const r = { ...rules, upAfter: 2 };
    expect(run([fail, fail, ok(), ok()], initialState(), r).statuses).toEqual(['unknown', 'down', 'down', 'up']);
  });

  it('is degraded on loss or latency over the thresholds, and up again after good rounds', () => {
    expect(run([ok(), ok(1, 40), ok(1, 40), ok()]).statuses).toEqual(['up', 'degraded', 'degraded', 'up']);
    expect(run([ok(), ok(200), ok()]).statuses).toEqual(['up', 'degraded', 'up']);
    expect(run([fail, fail, ok(1, 33)]).statuses).toEqual(['unknown', 'down', 'degraded']);
  });

  it('says why, as a code the interfaces translate', () => {
    expect(advance(initialState(), ok(1, 40), rules, 150).reason).toBe('loss|40|20');
    expect(advance(initialState(), ok(300), rules, 150).reason).toBe('latency|300|150');
    expect(advance({ ...initialState('up'), fails: 1 }, fail, rules, 150).reason).toBe('no-reply|2|timeout');
    expect(advance(initialState(), ok(), rules, 150).reason).toBe('replying');
  });

  it('flags flapping after FLAP_CHANGES changes in the window, and clears it when calm', () => {
    const r = { ...rules, downAfter: 1 };
    const { state } = run([ok(), fail, ok(), fail, ok()], initialState(), r);
    expect(state.flapping).toBe(true);
    const calm = settle(state, state.status, 10_000_000, r);
    expect(calm.state.flapping).toBe(false);
    expect(calm.flappingChanged).toBe(true);
  });

  it('resumes from a stored state without a change', () => {
    const stored = initialState('down', 5);
    const a = advance(stored, fail, rules, 150);
    expect(settle(a.state, a.candidate, 10, rules).changed).toBe(false);
  });
});

describe('unreachable', () => {
  it('marks children of a down parent unreachable, through several levels', () => {
    const parents = new Map<number, number | null>([[1, null], [2, 1], [3, 2], [4, 1]]);
    const candidates = new Map<number, Status>([[1, 'down'], [2, 'down'], [3, 'down'], [4, 'up']]);
    const final = resolveUnreachable(candidates, (id) => parents.get(id) ?? null, () => undefined);
    expect(Object.fromEntries(final)).toEqual({ 1: 'down', 2: 'unreachable', 3: 'unreachable', 4: 'up' });
  });

  it('keeps a child down when its parent answers', () => {
    const final = resolveUnreachable(new Map<number, Status>([[1, 'up'], [2, 'down']]), (id) => (id === 2 ? 1 : null), () => undefined);
    expect(final.get(2)).toBe('down');
  });

  it('uses the stored status of a parent that was not probed this round', () => {
    const final = resolveUnreachable(new Map<number, Status>([[2, 'down']]), () => 1, (id) => (id === 1 ? 'down' : undefined));
    expect(final.get(2)).toBe('unreachable');
  });
});
