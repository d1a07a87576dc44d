import { describe, expect, it } from 'vitest';
import { createLoginLimiter } from './login-limiter.js';

describe('login limiter', () => {
  it('blocks after max failures until the window passes, and a success resets it', () => {
    let t = 0;
    const l = createLoginLimiter({ max: 3, windowMs: 1000, now: () => t });
    for (let i = 0; i < 3; i++) {
      expect(l.retryAfter('ip')).toBe(0);
      l.fail('ip');
    }
    expect(l.retryAfter('ip')).toBe(1000);
    expect(l.retryAfter('other')).toBe(0);
    t = 999;
    expect(l.retryAfter('ip')).toBe(1);
    t = 1000;
    expect(l.retryAfter('ip')).toBe(0);
    l.fail('ip');
    l.reset('ip');
    expect(l.retryAfter('ip')).toBe(0);
  });
});
