import { describe, expect, it } from 'vitest';
import { EpisodeTracker } from './episodes.js';

/** Steps a tracker through z values (|z| ≥ 3 anomalous, null = unscored); returns the changes. */
function run(zs: (number | null)[], minConsecutive = 3) {
  const t = new EpisodeTracker('rtt:1', 'rtt');
  return zs.map((z, i) => {
    const change = t.step(i, 10 + (z ?? 0), z, z !== null && Math.abs(z) >= 3, 10, 1, minConsecutive);
    return { change, episode: t.current === null ? null : { ...t.current } };
  });
}

describe('EpisodeTracker', () => {
  it('starts at the minConsecutive-th anomalous point, dated from the first', () => {
    const out = run([0, 4, 5, 6, 4]);
    expect(out.map((o) => o.change)).toEqual([null, null, null, 'started', null]);
    expect(out[3]!.episode).toMatchObject({ startedAt: 1, endedAt: null, direction: 'up', peakZ: 6, value: 16 });
  });

  it('ends after minConsecutive quiet points, dated at the last anomalous one', () => {
    const out = run([5, 5, 5, 0, 7, 0, null, 1]);
    expect(out.map((o) => o.change)).toEqual([null, null, 'started', null, null, null, null, 'ended']);
    expect(out[7]!.episode).toMatchObject({ startedAt: 0, endedAt: 4, peakZ: 7 });
  });

  it('a broken run or a change of direction does not start one', () => {
    expect(run([5, 5, 0, 5, 5, -5, -5, 0]).every((o) => o.change === null)).toBe(true);
  });

  it('a run the other way ends the open episode, then starts its own from its first point', () => {
    const out = run([5, 5, 5, -4, -4, -4, -6]);
    expect(out.map((o) => o.change)).toEqual([null, null, 'started', null, null, 'ended', 'started']);
    expect(out[5]!.episode).toMatchObject({ direction: 'up', endedAt: 2 });
    expect(out[6]!.episode).toMatchObject({ direction: 'down', startedAt: 3, peakZ: -6 });
  });

  it('minConsecutive 1 flags every anomalous point', () => {
    expect(run([0, 4, 0], 1).map((o) => o.change)).toEqual([null, 'started', 'ended']);
  });
});
