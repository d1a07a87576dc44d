import { describe, expect, it } from 'vitest';
import { MIN_BURST_HOSTS, planFping, wireAllowancePps } from './fping-plan.js';

const defaults = { count: 3, timeoutMs: 500, periodMs: 200, sendIntervalMs: 1 };

describe('planFping', () => {
  it('bursts no more packets per period than the paced settings allow', () => {
    // 4 processes at one packet per ms: 4,000 packets/s, so 800 per 200 ms period.
    expect(wireAllowancePps(defaults, 4)).toBe(4000);
    const plan = planFping(2000, defaults, 4, true);
    expect(plan).toEqual({ kind: 'burst', chunk: 800, spacingMs: 600, options: { ...defaults, sendIntervalMs: 0 } });
    // 1,334 devices × 3 packets is just over a second's 4,000: still in period shares.
    expect(planFping(1334, defaults, 4, true)).toMatchObject({ chunk: 800 });
    // 20,000 devices at 0.05 ms and 4 processes (the README's advice for a 10 s interval).
    const big = planFping(40_000, { ...defaults, sendIntervalMs: 0.05 }, 4, true);
    expect(big).toMatchObject({ kind: 'burst', chunk: 16_000, spacingMs: 600 });
    // 20,000 × 3 = 60,000 packets fit in the 80,000 a second allowed: one run.
    expect(planFping(20_000, { ...defaults, sendIntervalMs: 0.05 }, 4, true)).toMatchObject({ kind: 'burst', chunk: 20_000 });
  });

  it('sends a round that fits in one second\'s allowance in one run', () => {
    // 1,000 devices × 3 packets = 3,000 ≤ 4,000 a second: one fping, not 800 + 200.
    expect(planFping(1000, defaults, 4, true)).toMatchObject({ kind: 'burst', chunk: 1000 });
    expect(planFping(1333, defaults, 4, true)).toMatchObject({ kind: 'burst', chunk: 1333 });
    expect(planFping(100, defaults, 4, true)).toMatchObject({ kind: 'burst', chunk: 800 });
  });

  it('keeps the paced plan when fping refuses -i 0 or a burst would be too small', () => {
    expect(planFping(1000, defaults, 4, false)).toEqual({ kind: 'paced', batchSize: 250, processes: 4, options: defaults });
    const slow = { ...defaults, sendIntervalMs: 100 }; // 10 packets/s: 2 per period
    expect(planFping(1000, slow, 1, true)).toMatchObject({ kind: 'paced', batchSize: 1000, processes: 1 });
    expect(planFping(10, defaults, 4, false)).toMatchObject({ batchSize: MIN_BURST_HOSTS });
  });
});
