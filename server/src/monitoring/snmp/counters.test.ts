import { describe, expect, it } from 'vitest';
import { countDelta, counterDelta, octetRate, rebooted } from './counters.js';

describe('counterDelta', () => {
  it('is the growth of a counter', () => expect(counterDelta(100n, 350n, 64)).toBe(250n));
  it('corrects a 32-bit wrap', () => expect(counterDelta(4294967000n, 200n, 32)).toBe(496n));
  it('gives nothing for a 64-bit counter that went down (reset)', () => expect(counterDelta(5000n, 10n, 64)).toBeNull());
  it('gives nothing without a previous reading', () => expect(counterDelta(null, 10n, 64)).toBeNull());
});

describe('octetRate', () => {
  const base = { prevBits: 64 as const, bits: 64 as const, elapsedSeconds: 60, speedBps: 1e9, uptimeKnown: true };
  it('is bits per second over the real elapsed time', () => {
    expect(octetRate({ ...base, prev: 0n, cur: 750_000_000n })).toBe(100_000_000);
    expect(octetRate({ ...base, prev: 0n, cur: 750_000_000n, elapsedSeconds: 61.5 })).toBeCloseTo(97_560_975.6, 0);
  });
  it('believes a counter that grew over the speed the interface claims (radios report 10 Mbit/s on gigabit ports)', () => {
    expect(octetRate({ ...base, speedBps: 10e6, prev: 0n, cur: 150_000_000n })).toBe(20_000_000);
  });
  it('corrects a 32-bit wrap', () => {
    expect(octetRate({ ...base, prevBits: 32, bits: 32, prev: 4_294_000_000n, cur: 32_704n })).toBeCloseTo(((4_294_967_296 - 4_294_000_000 + 32_704) * 8) / 60, 6);
  });
  it('gives no point for a reset or an impossible rate', () => {
    expect(octetRate({ ...base, prev: 10_000_000n, cur: 5n })).toBeNull();
    // a 32-bit counter cleared to near zero looks like a wrap of almost 4 GB in a minute on a 100 Mbit/s port
    expect(octetRate({ ...base, prevBits: 32, bits: 32, speedBps: 100e6, prev: 3_000_000n, cur: 100n })).toBeNull();
    expect(octetRate({ ...base, speedBps: null, prev: 0n, cur: 10n ** 15n })).toBeNull();
  });
  it('takes a 32-bit decrease as a wrap without a believable speed only when a reboot would have shown', () => {
    const wrap = { ...base, prevBits: 32 as const, bits: 32 as const, speedBps: null, prev: 3_000_000_000n, cur: 1_000_000n };
    expect(octetRate(wrap)).toBeCloseTo(((1_000_000 + 4_294_967_296 - 3_000_000_000) * 8) / 60, 6);
    // no uptime (the airFiber 60 reports none): a reset cannot be told from a wrap
    expect(octetRate({ ...wrap, uptimeKnown: false })).toBeNull();
  });
  it('gives no point when the counter width changed (ifXTable appeared) or no time passed', () => {
    expect(octetRate({ ...base, prevBits: 32, prev: 0n, cur: 10n })).toBeNull();
    expect(octetRate({ ...base, elapsedSeconds: 0, prev: 0n, cur: 10n })).toBeNull();
  });
});

describe('countDelta', () => {
  it('counts errors since the previous poll, wrap corrected', () => {
    expect(countDelta(10, 15, 60)).toBe(5);
    expect(countDelta(4294967290, 4, 60)).toBe(10);
    expect(countDelta(null, 4, 60)).toBeNull();
  });
});

describe('rebooted', () => {
  it('is false while uptime grows with time', () => expect(rebooted(1000, 1060, 60)).toBe(false));
  it('is true when uptime went back', () => expect(rebooted(100_000, 30, 60)).toBe(true));
  it('is true when the device restarted between two distant polls', () => expect(rebooted(100, 3000, 7200)).toBe(true));
  it('is false when sysUpTime wrapped at 497 days', () => expect(rebooted(42_949_660, 47, 60)).toBe(false));
  it('is false without uptime', () => expect(rebooted(null, 20, 60)).toBe(false));
});
