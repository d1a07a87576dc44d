import { sql } from 'kysely';
import type { Db } from './database.js';
import type { Database } from './types.js';

/** Tables in an order that satisfies foreign keys. New tables must be added here. */
export const TABLES: (keyof Database)[] = ['users', 'sessions', 'towers', 'devices'];
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
      let lastId = 0;
      for (;;) {
        const rows = (await source.kysely
          .selectFrom(table)
          .selectAll()
          .where('id', '>', lastId)
          .orderBy('id')
          .limit(BATCH)
          .execute()) as Record<string, unknown>[];
        if (rows.length === 0) break;
        lastId = rows[rows.length - 1]!.id as number;
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
      for (const table of TABLES) {
        await sql`select setval(pg_get_serial_sequence(${table}, 'id'), coalesce((select max(id) from ${sql.table(table)}), 0) + 1, false)`.execute(tx);
      }
    }
  });
  return counts;
}
