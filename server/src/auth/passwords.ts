import argon2 from 'argon2';

/** argon2id with the library's defaults (64 MiB, t=3, p=4), as OWASP recommends. */
export const hashPassword = (password: string) => argon2.hash(password, { type: argon2.argon2id });

async function verify(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** Thrown when more hashings wait than the queue holds; the route answers 429 BUSY. */
export class PasswordsBusyError extends Error {
  constructor() {
    super('Too many sign-ins at once; try again in a moment');
  }
}

/**
 * Argon2 behind a semaphore. Each hashing takes 64 MiB and a libuv pool thread for ~50 ms;
 * unbounded, a flood of sign-ins fills the pool (4 threads) that file and DNS work also
 * need, and the memory. `concurrency` run at once, `queue` more wait, the rest are refused.
 */
export function createPasswords(opts: { concurrency: number; queue: number }) {
  let running = 0;
  const waiting: (() => void)[] = [];
  const stats = { verified: 0, hashed: 0, refused: 0, peakRunning: 0 };

  async function bounded<T>(work: () => Promise<T>): Promise<T> {
    if (running >= opts.concurrency) {
      if (waiting.length >= opts.queue) {
        stats.refused++;
        throw new PasswordsBusyError();
      }
      // The slot is handed over by the finishing task, so `running` never overshoots.
      await new Promise<void>((resolve) => waiting.push(resolve));
    } else running++;
    stats.peakRunning = Math.max(stats.peakRunning, running);
    try {
      return await work();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  }

  let dummy: Promise<string> | undefined;
  return {
    verify(hash: string, password: string): Promise<boolean> {
      return bounded(() => {
        stats.verified++;
        return verify(hash, password);
      });
    },
    hash(password: string): Promise<string> {
      return bounded(() => {
        stats.hashed++;
        return hashPassword(password);
      });
    },
    /** A hash to verify against when the account does not exist, so timing does not reveal it. */
    dummyHash: () => (dummy ??= hashPassword('not-a-real-password')),
    /** Counts since start: verifications and hashings run, requests refused as busy. */
    stats: () => ({ ...stats, running, waiting: waiting.length }),
  };
}
export type Passwords = ReturnType<typeof createPasswords>;
