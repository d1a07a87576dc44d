import { sql, type Kysely } from 'kysely';
import type { Db } from './database.js';
import type { Database } from './types.js';

/** Tables in an order that satisfies foreign keys. New tables must be added here. */
export const TABLES: (keyof Database)[] = ['users', 'sessions', 'towers', 'devices', 'device_status', 'status_events', 'ping_samples', 'ping_rollup_5m', 'ping_rollup_1h'];
/** Tables keyed by (device_id, t) rather than an id; the rest have a serial id. */
const KEYED_BY_TIME = new Set<string>(['ping_samples', 'ping_rollup_5m', 'ping_rollup_1h']);
const SERIAL = ['users', 'sessions', 'towers', 'devices', 'status_events'] as const;
const BATCH = 1000;

/**
 * Copies every row from one database to another, ids included (the SQLite → PostgreSQL
 * move). The target must be migrated and empty. Device parents are set in a second pass,
 * because a child may have a smaller id than its parent.
 */
export async function copyDatabase(source: Db, target: Db, log: (msg: string) => void = () => {}): Promise<Record<string, number>> {
  for (const table of TABLES) {
    const { n } = await target.kysely.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    if (Number(n) > 0) throw new Error(`The target database is not empty: ${table} has ${n} row(s). Use a new, empty database.`);
  }
  const counts: Record<string, number> = {};
  await target.kysely.transaction().execute(async (tx) => {
    for (const table of TABLES) {
      let copied = 0;
      let last: Record<string, unknown> | undefined;
      for (;;) {
        const rows = await readPage(source, table, last);
        if (rows.length === 0) break;
        last = rows[rows.length - 1];
        const values = table === 'devices' ? rows.map((r) => ({ ...r, parent_id: null })) : rows;
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        await tx.insertInto(table).values(values as any).execute();
        if (table === 'devices') {
          for (const r of rows) {
            if (r.parent_id !== null) await tx.updateTable('devices').set({ parent_id: r.parent_id as number }).where('id', '=', r.id as number).execute();
          }
        }
        copied += rows.length;
      }
      counts[table] = copied;
      log(`${table}: ${copied} row(s)`);
    }
    if (target.dialect === 'postgres') {
      for (const table of SERIAL) {
        await sql`select setval(pg_get_serial_sequence(${table}, 'id'), coalesce((select max(id) from ${sql.table(table)}), 0) + 1, false)`.execute(tx);
      }
    }
  });
  return counts;
}

/** One page of a table in key order, after `last` (keyset pagination). */
async function readPage(db: Db, table: keyof Database, last: Record<string, unknown> | undefined): Promise<Record<string, unknown>[]> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const k = db.kysely as Kysely<any>;
  if (KEYED_BY_TIME.has(table)) {
    let q = k.selectFrom(table).selectAll().orderBy('device_id').orderBy('t').limit(BATCH);
    if (last) {
      const [d, t] = [last.device_id as number, last.t as number];
      q = q.where((eb) => eb.or([eb('device_id', '>', d), eb.and([eb('device_id', '=', d), eb('t', '>', t)])]));
    }
    return q.execute();
  }
  const key = table === 'device_status' ? 'device_id' : 'id';
  return k.selectFrom(table).selectAll().where(key, '>', (last?.[key] as number | undefined) ?? 0).orderBy(key).limit(BATCH).execute();
}
