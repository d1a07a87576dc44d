import { describe, expect, it } from 'vitest';
import { byLastRound } from './live-sort.js';

describe('byLastRound', () => {
  // Ids arrive in name order; 4 was never checked, 5 did not reply (no RTT, 100 % loss).
  const latest = new Map([
    [1, { rttMs: 12, lossPercent: 0 }],
    [2, { rttMs: 3, lossPercent: 20 }],
    [3, { rttMs: 12, lossPercent: 5 }],
    [5, { rttMs: null, lossPercent: 100 }],
  ]);
  const at = (id: number) => latest.get(id);
  const ids = [1, 2, 3, 4, 5];

  it('orders by RTT either way, ties by name, devices without a figure last', () => {
    expect(byLastRound(ids, 'rtt', at)).toEqual([2, 1, 3, 4, 5]);
    expect(byLastRound(ids, '-rtt', at)).toEqual([1, 3, 2, 4, 5]);
  });

  it('orders by loss, where no reply is the most loss', () => {
    expect(byLastRound(ids, '-loss', at)).toEqual([5, 2, 3, 1, 4]);
    expect(byLastRound(ids, 'loss', at)).toEqual([1, 3, 2, 5, 4]);
  });
});
