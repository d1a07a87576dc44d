import type { Health } from '@server/http/routes/health/schema.js';

export type DatabaseProblem =
  | { kind: 'unreachable'; detail: string | null; dropped: number }
  | { kind: 'writes-failing'; since: string | null; detail: string | null; dropped: number };

/**
 * What the database banner should say, from /healthz: nothing when the database answers and
 * takes writes. Unreachable wins: while it lasts, writes fail too.
 */
export function databaseProblem(health: Pick<Health, 'database'> | undefined): DatabaseProblem | null {
  if (!health) return null;
  const { reachable, reason, writes } = health.database;
  if (!reachable) return { kind: 'unreachable', detail: reason, dropped: writes.dropped };
  if (writes.failing) return { kind: 'writes-failing', since: writes.since, detail: writes.lastError, dropped: writes.dropped };
  return null;
}
