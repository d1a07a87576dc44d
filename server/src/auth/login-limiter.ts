/**
 * Counts failed logins per key (an IP, an account) in a fixed window. In memory: a restart
 * forgets, which is acceptable for a brake on guessing, and keeps the default install free
 * of external services.
 */
export function createLoginLimiter(opts: { max: number; windowMs: number; now?: () => number }) {
  const now = opts.now ?? Date.now;
  const failures = new Map<string, { count: number; resetAt: number }>();
  return {
    /** Milliseconds to wait before trying again, or 0 when allowed. */
    retryAfter(key: string): number {
      const f = failures.get(key);
      if (!f) return 0;
      if (f.resetAt <= now()) {
        failures.delete(key);
        return 0;
      }
      return f.count >= opts.max ? f.resetAt - now() : 0;
    },
    fail(key: string) {
      const f = failures.get(key);
      if (!f || f.resetAt <= now()) failures.set(key, { count: 1, resetAt: now() + opts.windowMs });
      else f.count++;
      if (failures.size > 100_000) for (const [k, v] of failures) if (v.resetAt <= now()) failures.delete(k);
    },
    reset: (key: string) => void failures.delete(key),
  };
}
export type LoginLimiter = ReturnType<typeof createLoginLimiter>;

/** The two brakes on password guessing: per client address and per account. */
export function createLoginLimiters(config: { LOGIN_MAX_ATTEMPTS_PER_IP: number; LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: number; LOGIN_WINDOW_MINUTES: number }) {
  const windowMs = config.LOGIN_WINDOW_MINUTES * 60_000;
  return {
    perIp: createLoginLimiter({ max: config.LOGIN_MAX_ATTEMPTS_PER_IP, windowMs }),
    perAccount: createLoginLimiter({ max: config.LOGIN_MAX_ATTEMPTS_PER_ACCOUNT, windowMs }),
  };
}
