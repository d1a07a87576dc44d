import net from 'node:net';

/**
 * The brakes on password guessing. In memory: a restart forgets, which is acceptable for a
 * brake, and keeps the default install free of external services.
 *
 * An attempt is counted when it starts, before the password is checked, in one synchronous
 * step, so parallel requests cannot all pass a check made before any of them has failed.
 * A sign-in that succeeds gives its attempt back.
 *
 * Three brakes, so that guessing from one address stops quickly while the right password
 * still gets in from elsewhere:
 * - per account and address: few tries (`LOGIN_MAX_ATTEMPTS_PER_ACCOUNT`);
 * - per address, across accounts (`LOGIN_MAX_ATTEMPTS_PER_IP`);
 * - per account from all addresses, a back-off rather than a lock: past
 *   `LOGIN_ACCOUNT_BACKOFF_AFTER` failures, attempts on the account are spaced 1 s, 2 s, 4 s …
 *   up to `LOGIN_ACCOUNT_BACKOFF_MAX_SECONDS` apart. Addresses that have signed into the account
 *   before are exempt, so a distributed guesser cannot keep its owner out of the NOC.
 */

/** Keys an address: IPv6 by its /64, which one host usually owns whole. */
export function addressKey(ip: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1]!;
  if (net.isIPv6(ip)) return `${expandIpv6(ip).slice(0, 4).join(':')}::/64`;
  return ip;
}

function expandIpv6(ip: string): string[] {
  const [head = '', tail] = ip.split('%')[0]!.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const fill = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill('0');
  return [...left, ...fill, ...right].map((h) => h.toLowerCase().replace(/^0+(?=.)/, ''));
}

/** Bounded maps: past this many keys, expired ones go, then the oldest (memory over precision). */
const MAX_KEYS = 100_000;

function prune<V>(map: Map<string, V>, expired: (v: V) => boolean) {
  if (map.size <= MAX_KEYS) return;
  for (const [k, v] of map) if (expired(v)) map.delete(k);
  for (const k of map.keys()) {
    if (map.size <= MAX_KEYS * 0.9) break;
    map.delete(k);
  }
}

/** At most `max` attempts per key in a fixed window. */
export function createWindowCounter(opts: { max: number; windowMs: number; now: () => number }) {
  const counts = new Map<string, { count: number; resetAt: number }>();
  const live = (key: string) => {
    const c = counts.get(key);
    if (c && c.resetAt <= opts.now()) {
      counts.delete(key);
      return undefined;
    }
    return c;
  };
  return {
    /** Milliseconds until an attempt is allowed, or 0. */
    wait(key: string): number {
      const c = live(key);
      return c && c.count >= opts.max ? c.resetAt - opts.now() : 0;
    },
    /** Counts an attempt; call only after `wait` said 0, in the same tick. */
    take(key: string) {
      const c = live(key);
      if (c) c.count++;
      else counts.set(key, { count: 1, resetAt: opts.now() + opts.windowMs });
      prune(counts, (v) => v.resetAt <= opts.now());
    },
    giveBack(key: string) {
      const c = live(key);
      if (c && c.count > 0) c.count--;
    },
    reset: (key: string) => void counts.delete(key),
  };
}

/** Per account from all addresses: spaced attempts past a threshold, doubling to a cap. */
function createBackoff(opts: { after: number; maxMs: number; windowMs: number; now: () => number }) {
  const state = new Map<string, { count: number; resetAt: number; nextAt: number }>();
  const live = (key: string) => {
    const s = state.get(key);
    if (s && s.resetAt <= opts.now() && s.nextAt <= opts.now()) {
      state.delete(key);
      return undefined;
    }
    return s;
  };
  return {
    wait: (key: string) => Math.max(0, (live(key)?.nextAt ?? 0) - opts.now()),
    take(key: string) {
      const now = opts.now();
      let s = live(key);
      if (!s) state.set(key, (s = { count: 0, resetAt: now + opts.windowMs, nextAt: 0 }));
      s.count++;
      if (s.count >= opts.after) s.nextAt = now + Math.min(opts.maxMs, 1000 * 2 ** Math.min(30, s.count - opts.after));
      prune(state, (v) => v.resetAt <= opts.now() && v.nextAt <= opts.now());
    },
    giveBack(key: string) {
      const s = live(key);
      if (s && s.count > 0) s.count--;
    },
  };
}

export interface LoginLimitConfig {
  LOGIN_MAX_ATTEMPTS_PER_IP: number;
  LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: number;
  LOGIN_WINDOW_MINUTES: number;
  LOGIN_ACCOUNT_BACKOFF_AFTER: number;
  LOGIN_ACCOUNT_BACKOFF_MAX_SECONDS: number;
}

/** How long an address that signed into an account stays exempt from that account's back-off. */
const KNOWN_ADDRESS_MS = 30 * 24 * 3_600_000;

export type LoginAttempt =
  | { allowed: false; retryAfterMs: number }
  | {
      allowed: true;
      /** The password was right: the attempt is given back and the address remembered. */
      succeeded(): void;
      /** The password was never checked (the server was busy): the attempt is given back. */
      cancelled(): void;
    };

export function createLoginLimiter(config: LoginLimitConfig, now: () => number = Date.now) {
  const windowMs = config.LOGIN_WINDOW_MINUTES * 60_000;
  const perPair = createWindowCounter({ max: config.LOGIN_MAX_ATTEMPTS_PER_ACCOUNT, windowMs, now });
  const perAddress = createWindowCounter({ max: config.LOGIN_MAX_ATTEMPTS_PER_IP, windowMs, now });
  const perAccount = createBackoff({ after: config.LOGIN_ACCOUNT_BACKOFF_AFTER, maxMs: config.LOGIN_ACCOUNT_BACKOFF_MAX_SECONDS * 1000, windowMs, now });
  const known = new Map<string, number>();

  return {
    /** Checks and counts one attempt at `account` (a normalised email) from `ip`, synchronously. */
    begin(account: string, ip: string): LoginAttempt {
      const address = addressKey(ip);
      const pair = `${account}\n${address}`;
      const isKnown = (known.get(pair) ?? 0) > now();
      const wait = Math.max(perPair.wait(pair), perAddress.wait(address), isKnown ? 0 : perAccount.wait(account));
      if (wait > 0) return { allowed: false, retryAfterMs: wait };
      perPair.take(pair);
      perAddress.take(address);
      // A known address neither waits for nor feeds the account's back-off.
      if (!isKnown) perAccount.take(account);
      const giveBack = () => {
        perPair.giveBack(pair);
        perAddress.giveBack(address);
        if (!isKnown) perAccount.giveBack(account);
      };
      return {
        allowed: true,
        succeeded() {
          giveBack();
          perPair.reset(pair);
          known.delete(pair);
          known.set(pair, now() + KNOWN_ADDRESS_MS);
          prune(known, (until) => until <= now());
        },
        cancelled: giveBack,
      };
    },
  };
}
export type LoginLimiter = ReturnType<typeof createLoginLimiter>;
