import { sql, type Kysely } from 'kysely';
import type { Db } from './database.js';
import type { Database } from './types.js';

/** Tables in an order that satisfies foreign keys. New tables must be added here. */
export const TABLES: (keyof Database)[] = [
  'users', 'sessions', 'towers', 'devices', 'device_status', 'status_events', 'ping_samples', 'ping_rollup_5m', 'ping_rollup_1h',
  'snmp_state', 'snmp_events', 'interface_samples', 'interface_rollup_1h', 'wireless_samples', 'wireless_rollup_1h',
  'alerts', 'maintenance_windows', 'notification_outbox', 'settings', 'synthetic_targets', 'synthetic_results',
  'anomaly_hours', 'anomalies', 'tower_status_events',
];
/** History tables and their keys (device_id, [series,] t); the rest have a serial id or a device_id key. */
const HISTORY_KEYS: Partial<Record<keyof Database, string[]>> = {
  ping_samples: ['device_id', 't'],
  ping_rollup_5m: ['device_id', 't'],
  ping_rollup_1h: ['device_id', 't'],
  interface_samples: ['device_id', 'if_index', 't'],
  interface_rollup_1h: ['device_id', 'if_index', 't'],
  wireless_samples: ['device_id', 'radio', 't'],
  wireless_rollup_1h: ['device_id', 'radio', 't'],
  synthetic_results: ['target_id', 't'],
  anomaly_hours: ['device_id', 'series', 't'],
};
const KEYED_BY_DEVICE = new Set<string>(['device_status', 'snmp_state']);
const KEYED_BY_KEY = new Set<string>(['settings']);
const SERIAL = ['users', 'sessions', 'towers', 'devices', 'status_events', 'snmp_events', 'alerts', 'maintenance_windows', 'notification_outbox', 'synthetic_targets', 'anomalies', 'tower_status_events'] as const;
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
  const keys = HISTORY_KEYS[table];
  if (keys) {
    let q = k.selectFrom(table).selectAll().limit(BATCH);
    for (const c of keys) q = q.orderBy(c);
    // Keyset pagination over a composite key: (a > x) or (a = x and b > y) or …
    if (last) q = q.where((eb) => eb.or(keys.map((c, i) => eb.and([...keys.slice(0, i).map((p) => eb(p, '=', last[p])), eb(c, '>', last[c])]))));
    return q.execute();
  }
  if (KEYED_BY_KEY.has(table)) {
    let q = k.selectFrom(table).selectAll().orderBy('key').limit(BATCH);
    if (last) q = q.where('key', '>', last.key as string);
    return q.execute();
  }
  const key = KEYED_BY_DEVICE.has(table) ? 'device_id' : 'id';
  return k.selectFrom(table).selectAll().where(key, '>', (last?.[key] as number | undefined) ?? 0).orderBy(key).limit(BATCH).execute();
}
