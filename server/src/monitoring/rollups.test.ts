import { describe, expect, it } from 'vitest';
import { createRollupAccumulator } from './rollups.js';

const s = (device_id: number, t: number, rtt_avg: number | null, lost = 0) => ({ device_id, t, rtt_avg, rtt_min: rtt_avg, rtt_max: rtt_avg, sent: 3, lost });

describe('5-minute rollup accumulator', () => {
  it('emits a bucket complete when the next one starts', () => {
    const acc = createRollupAccumulator(300);
    expect(acc.add(600, [s(1, 600, 1000), s(2, 600, null, 3)]).rows).toEqual([]);
    expect(acc.add(610, [s(1, 610, 3000, 1)]).rows).toEqual([]);
    const closed = acc.add(900, [s(1, 900, 5)]);
    expect(closed.closedBucket).toBe(600);
    expect(closed.rows).toEqual([
      // (1000 µs × 3 received + 3000 µs × 2 received) / 5 received = 1800 µs
      { device_id: 1, t: 600, rounds: 2, rtt_avg: 1800, rtt_min: 1000, rtt_max: 3000, rtt_p95: 3000, sent: 6, lost: 1 },
      { device_id: 2, t: 600, rounds: 1, rtt_avg: null, rtt_min: null, rtt_max: null, rtt_p95: null, sent: 3, lost: 3 },
    ]);
  });
});
