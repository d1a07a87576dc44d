import { sql } from 'kysely';
import type { Db } from './database.js';
import { databaseFault, isPassingFault } from './db-faults.js';

export interface WaitLog {
  info: (obj: object, msg: string) => void;
  warn: (obj: object, msg: string) => void;
}

/**
 * Start-up before migrating: a PostgreSQL that is down or still starting (a reboot, a
 * compose file starting both at once) is waited for with exponential backoff, saying so at
 * each try, instead of ending the process. Faults that waiting cannot cure (wrong password,
 * no such database) are thrown at once.
 */
export async function waitForDatabase(opts: {
  db: Db;
  /** The database, for the log (no password). */
  where: string;
  log: WaitLog;
  firstDelayMs?: number;
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
}): Promise<{ attempts: number }> {
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const maxDelayMs = opts.maxDelayMs ?? 10_000;
  let delay = opts.firstDelayMs ?? 500;
  for (let attempt = 1; ; attempt++) {
    try {
      await sql`select 1`.execute(opts.db.kysely);
      if (attempt > 1) opts.log.info({ attempts: attempt }, `the database at ${opts.where} answers; starting`);
      return { attempts: attempt };
    } catch (err) {
      if (!isPassingFault(err)) throw err;
      const cause = databaseFault(err) ?? (err instanceof Error ? err.message : String(err));
      opts.log.warn(
        { attempt, retryInMs: delay, cause },
        `waiting for the database at ${opts.where}: ${cause}; trying again in ${(delay / 1000).toFixed(1)} s`,
      );
      await sleep(delay);
      delay = Math.min(delay * 2, maxDelayMs);
    }
  }
}
