import type { Kysely } from 'kysely';
import type { Database } from '../types.js';

/** History tables: keyed by device first, with a unix-seconds `t`. */
export type HistoryTable = 'ping_samples' | 'ping_rollup_5m' | 'ping_rollup_1h' | 'interface_samples' | 'interface_rollup_1h' | 'wireless_samples' | 'wireless_rollup_1h';

/**
 * Deletes rows older than `before` a slice of devices at a time, so no single statement
 * holds the database for long; yields between slices.
 */
export async function expireHistory(db: Kysely<Database>, table: HistoryTable, before: number, slice = 1000): Promise<number> {
  // Two queries: one min() or max() alone is a single primary-key seek; both in one scans.
  const lo = (await db.selectFrom(table).select((eb) => eb.fn.min('device_id').as('v')).executeTakeFirst())?.v;
  const hi = (await db.selectFrom(table).select((eb) => eb.fn.max('device_id').as('v')).executeTakeFirst())?.v;
  if (lo === null || lo === undefined || hi === null || hi === undefined) return 0;
  let deleted = 0;
  for (let d = Number(lo); d <= Number(hi); d += slice) {
    const r = await db.deleteFrom(table).where('device_id', '>=', d).where('device_id', '<', d + slice).where('t', '<', before).executeTakeFirst();
    deleted += Number(r.numDeletedRows);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return deleted;
}
