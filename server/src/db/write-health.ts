import { databaseFault } from './db-faults.js';

export interface WriteHealthLog {
  info: (obj: object, msg: string) => void;
  warn: (obj: object, msg: string) => void;
  error: (obj: object, msg: string) => void;
}

export interface WriteHealthSnapshot {
  failing: boolean;
  /** When the current run of failures began (ISO), else null. */
  since: string | null;
  lastError: string | null;
  /** Rounds, polls and other background writes given up since start. */
  dropped: number;
  /** API requests answered 503 because of the database since start. */
  refusedRequests: number;
}

/**
 * Keeps count of writes the database refused (gone, restarting, disk full, read-only), so the
 * process carries on, /healthz can say so, and the log has one line when it starts failing,
 * a reminder a minute, and one when it recovers, rather than a stack trace per round.
 */
export function createWriteHealth(deps: { log: WriteHealthLog; now?: () => number; remindEveryMs?: number }) {
  const now = deps.now ?? Date.now;
  const remindEveryMs = deps.remindEveryMs ?? 60_000;
  let since: number | null = null;
  let lastError: string | null = null;
  let dropped = 0;
  let refusedRequests = 0;
  let droppedThisRun = 0;
  let lastReminder = 0;

  function failed(what: string, cause: string, kind: 'dropped' | 'refused') {
    if (kind === 'dropped') {
      dropped++;
      droppedThisRun++;
    } else refusedRequests++;
    lastError = cause;
    const t = now();
    if (since === null) {
      since = t;
      lastReminder = t;
      deps.log.error({ what, cause }, `database writes are failing (${cause}): ${what} ${kind}; monitoring goes on and keeps its state in memory`);
    } else if (t - lastReminder >= remindEveryMs) {
      lastReminder = t;
      deps.log.warn({ what, cause, droppedThisRun, failingForS: Math.round((t - since) / 1000) }, `database writes still failing (${cause}): ${droppedThisRun} writes dropped so far`);
    }
  }

  function succeeded() {
    if (since === null) return;
    deps.log.info({ failedForS: Math.round((now() - since) / 1000), dropped: droppedThisRun }, `database writes work again; ${droppedThisRun} writes were dropped meanwhile`);
    since = null;
    droppedThisRun = 0;
  }

  return {
    /**
     * Runs a background write (a round, a batch of polls). A database fault is counted, logged
     * and swallowed (returns `undefined`): the caller goes on with its next round. Any other
     * error is a bug and is thrown as before.
     */
    async track<T>(what: string, write: () => Promise<T>): Promise<T | undefined> {
      try {
        const value = await write();
        succeeded();
        return value;
      } catch (err) {
        const cause = databaseFault(err);
        if (cause === null) throw err;
        failed(what, cause, 'dropped');
        return undefined;
      }
    },
    /** An API request that hit a database fault (it is answered 503). */
    refused(what: string, err: unknown) {
      failed(what, databaseFault(err) ?? String(err), 'refused');
    },
    /** A write that worked outside `track` (an API request): the database takes writes again. */
    succeeded,
    snapshot(): WriteHealthSnapshot {
      return { failing: since !== null, since: since === null ? null : new Date(since).toISOString(), lastError, dropped, refusedRequests };
    },
  };
}
export type WriteHealth = ReturnType<typeof createWriteHealth>;
