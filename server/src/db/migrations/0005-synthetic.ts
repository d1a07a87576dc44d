import { sql, type Kysely, type Migration } from 'kysely';
import { columnTypes, type DialectName } from '../dialect.js';

/**
 * Synthetic checks of the outside world (ICMP, DNS, HTTP, TCP) with their last state and every
 * result; and a guard so at most one global alert (the internet outage) is open per kind.
 */
export function synthetic(dialect: DialectName): Migration {
  const t = columnTypes(dialect);
  return {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const table = db.schema.createTable('synthetic_targets');
      await (dialect === 'postgres' ? table.addColumn('id', 'bigserial', (c) => c.primaryKey()) : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement()))
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .addColumn('kind', 'text', (c) => c.notNull())
        /** JSON: the check, a union on `kind` (host; resolver, name, type; URL, status…). */
        .addColumn('settings', 'text', (c) => c.notNull())
        /** Counts toward the upstream (internet) outage verdict. */
        .addColumn('external', t.boolean, (c) => c.notNull())
        .addColumn('enabled', t.boolean, (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull().defaultTo('unknown'))
        .addColumn('status_since', t.timestamp)
        .addColumn('last_at', t.timestamp)
        .addColumn('last_latency_ms', t.real)
        .addColumn('last_reason', 'text')
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('synthetic_results')
        .addColumn('target_id', 'integer', (c) => c.notNull().references('synthetic_targets.id').onDelete('cascade'))
        /** Unix seconds, like the other history tables. */
        .addColumn('t', 'integer', (c) => c.notNull())
        .addColumn('ok', t.boolean, (c) => c.notNull())
        .addColumn('latency_ms', t.real)
        .addColumn('loss_percent', t.real)
        .addColumn('reason', 'text')
        /** JSON: DNS answers, HTTP status and certificate days. */
        .addColumn('detail', 'text')
        .addPrimaryKeyConstraint('synthetic_results_pk', ['target_id', 't'])
        .execute();
      await sql`create unique index alerts_open_global_idx on alerts (kind, subject) where resolved_at is null and device_id is null`.execute(db);
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      await sql`drop index alerts_open_global_idx`.execute(db);
      for (const table of ['synthetic_results', 'synthetic_targets']) await db.schema.dropTable(table).execute();
    },
  };
}
