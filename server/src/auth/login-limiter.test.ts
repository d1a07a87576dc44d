import { describe, expect, it } from 'vitest';
import { addressKey, createLoginLimiter, createWindowCounter, type LoginAttempt } from './login-limiter.js';

const config = {
  LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: 3,
  LOGIN_MAX_ATTEMPTS_PER_IP: 10,
  LOGIN_WINDOW_MINUTES: 1,
  LOGIN_ACCOUNT_BACKOFF_AFTER: 6,
  LOGIN_ACCOUNT_BACKOFF_MAX_SECONDS: 8,
};
const fail = (a: LoginAttempt) => {
  expect(a.allowed).toBe(true);
};

describe('login limiter', () => {
  it('a window counter blocks after max until the window passes, and gives attempts back', () => {
    let t = 0;
    const c = createWindowCounter({ max: 2, windowMs: 1000, now: () => t });
    c.take('k');
    c.take('k');
    expect(c.wait('k')).toBe(1000);
    c.giveBack('k');
    expect(c.wait('k')).toBe(0);
    c.take('k');
    t = 999;
    expect(c.wait('k')).toBe(1);
    t = 1000;
    expect(c.wait('k')).toBe(0);
  });

  it('counts an attempt when it begins, so attempts that have not failed yet still use up the limit', () => {
    const l = createLoginLimiter(config, () => 0);
    const started = Array.from({ length: 5 }, () => l.begin('a@x', '10.0.0.1'));
    expect(started.map((a) => a.allowed)).toEqual([true, true, true, false, false]);
    expect(started[3]).toEqual({ allowed: false, retryAfterMs: 60_000 });
  });

  it('locks an account only from the guessing address; the owner gets in from another', () => {
    const l = createLoginLimiter(config, () => 0);
    for (let i = 0; i < 3; i++) fail(l.begin('admin@x', '10.0.0.66'));
    expect(l.begin('admin@x', '10.0.0.66').allowed).toBe(false);
    const owner = l.begin('admin@x', '10.0.0.1');
    expect(owner.allowed).toBe(true);
    // The same guesser is not held back on another account until its address limit.
    expect(l.begin('other@x', '10.0.0.66').allowed).toBe(true);
  });

  it('a success gives the attempt back and resets the account-and-address count', () => {
    const l = createLoginLimiter(config, () => 0);
    fail(l.begin('a@x', '10.0.0.1'));
    fail(l.begin('a@x', '10.0.0.1'));
    const ok = l.begin('a@x', '10.0.0.1');
    if (!ok.allowed) throw new Error('refused');
    ok.succeeded();
    for (let i = 0; i < 3; i++) fail(l.begin('a@x', '10.0.0.1'));
    expect(l.begin('a@x', '10.0.0.1').allowed).toBe(false);
  });

  it('limits an address across accounts', () => {
    const l = createLoginLimiter(config, () => 0);
    for (let i = 0; i < 10; i++) fail(l.begin(`u${i}@x`, '10.0.0.9'));
    expect(l.begin('fresh@x', '10.0.0.9')).toEqual({ allowed: false, retryAfterMs: 60_000 });
    expect(l.begin('fresh@x', '10.0.0.10').allowed).toBe(true);
  });

  it('spaces attempts on an account guessed from many addresses, doubling to the cap; known addresses are exempt', () => {
    let t = 0;
    const l = createLoginLimiter(config, () => t);
    const ok = l.begin('admin@x', '10.0.0.1');
    if (!ok.allowed) throw new Error('refused');
    ok.succeeded();
    for (let i = 0; i < 6; i++) fail(l.begin('admin@x', `10.1.0.${i}`));
    expect(l.begin('admin@x', '10.1.1.1')).toEqual({ allowed: false, retryAfterMs: 1000 });
    const owner = l.begin('admin@x', '10.0.0.1');
    expect(owner.allowed).toBe(true);
    t = 1000;
    fail(l.begin('admin@x', '10.1.1.2'));
    expect(l.begin('admin@x', '10.1.1.3')).toEqual({ allowed: false, retryAfterMs: 2000 });
    t = 3000;
    fail(l.begin('admin@x', '10.1.1.4'));
    expect(l.begin('admin@x', '10.1.1.5')).toEqual({ allowed: false, retryAfterMs: 4000 });
    t = 7000;
    fail(l.begin('admin@x', '10.1.1.6'));
    expect(l.begin('admin@x', '10.1.1.7')).toEqual({ allowed: false, retryAfterMs: 8000 });
  });

  it('a cancelled attempt (never checked) is given back', () => {
    const l = createLoginLimiter(config, () => 0);
    for (let i = 0; i < 10; i++) {
      const a = l.begin('a@x', '10.0.0.1');
      if (!a.allowed) throw new Error(`refused at ${i}`);
      a.cancelled();
    }
  });

  it('keys IPv6 addresses by their /64 and IPv4-mapped ones as IPv4', () => {
    expect(addressKey('2001:db8:0:1::1')).toBe('2001:db8:0:1::/64');
    expect(addressKey('2001:db8:0:1:ffff:1:2:3')).toBe('2001:db8:0:1::/64');
    expect(addressKey('::1')).toBe('0:0:0:0::/64');
    expect(addressKey('::ffff:10.0.0.1')).toBe('10.0.0.1');
    expect(addressKey('10.0.0.1')).toBe('10.0.0.1');
    const l = createLoginLimiter(config, () => 0);
    for (let i = 0; i < 3; i++) fail(l.begin('a@x', `2001:db8::${i + 1}`));
    expect(l.begin('a@x', '2001:db8::ffff').allowed).toBe(false);
  });
});
