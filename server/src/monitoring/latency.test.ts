import { describe, expect, it } from 'vitest';
import { chooseTier } from './latency.js';

const now = 1_800_000_000;
const base = { now, to: now, rawSeconds: 48 * 3600, fiveMinuteSeconds: 30 * 86_400, intervalSeconds: 10 };

describe('latency tier', () => {
  it('uses raw samples for recent short ranges, rollups for longer ones, and caps points', () => {
    expect(chooseTier({ ...base, from: now - 3600 })).toEqual({ tier: 'raw', step: 10 });
    expect(chooseTier({ ...base, from: now - 86_400 })).toEqual({ tier: 'raw', step: 90 });
    expect(chooseTier({ ...base, from: now - 7 * 86_400 })).toEqual({ tier: '5m', step: 900 });
    expect(chooseTier({ ...base, from: now - 30 * 86_400 })).toEqual({ tier: '5m', step: 2700 });
    expect(chooseTier({ ...base, from: now - 365 * 86_400 })).toEqual({ tier: '1h', step: 32_400 });
    // An old short range is beyond raw retention: rollups answer it.
    expect(chooseTier({ ...base, from: now - 10 * 86_400, to: now - 9 * 86_400 }).tier).toBe('5m');
    expect(chooseTier({ ...base, from: now - 3600, step: 600 })).toEqual({ tier: 'raw', step: 600 });
  });
});
