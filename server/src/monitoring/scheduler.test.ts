import { describe, expect, it } from 'vitest';
import { createScheduler } from './scheduler.js';

describe('scheduler', () => {
  it('aligns rounds to the clock and skips (and counts) a tick while a round runs', async () => {
    const starts: number[] = [];
    const warnings: string[] = [];
    let release: () => void = () => {};
    const s = createScheduler({
      intervalMs: 100,
      log: { warn: (_o, m) => warnings.push(m), error: () => {} },
      round: async (at) => {
        starts.push(at);
        if (starts.length === 1) await new Promise<void>((r) => (release = r)); // the first round overruns
      },
    });
    s.start();
    await new Promise((r) => setTimeout(r, 350));
    release();
    await new Promise((r) => setTimeout(r, 120));
    await s.stop();
    expect(starts.length).toBeGreaterThanOrEqual(2);
    for (const at of starts) expect(at % 100).toBe(0);
    expect(s.overruns).toBeGreaterThanOrEqual(2);
    expect(warnings[0]).toMatch(/overrun/);
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(300);
  });
});
