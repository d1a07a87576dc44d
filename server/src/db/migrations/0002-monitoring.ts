import { sql, type Kysely, type Migration } from 'kysely';
import { columnTypes, type DialectName } from '../dialect.js';

/**
 * Status, status events and the latency history in three tiers. Samples are keyed by
 * (device, time) and hold RTTs as integer microseconds: on SQLite a WITHOUT ROWID table keeps
 * a sample to a few dozen bytes, index included.
 */
export function monitoring(dialect: DialectName): Migration {
  const t = columnTypes(dialect);
  const withoutRowid = dialect === 'sqlite' ? sql` without rowid` : sql``;
  return {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      await db.schema.alterTable('devices').addColumn('latency_threshold_ms', 'integer').execute();

      await db.schema
        .createTable('device_status')
        .addColumn('device_id', 'integer', (c) => c.primaryKey().references('devices.id').onDelete('cascade'))
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('since', t.timestamp, (c) => c.notNull())
        .addColumn('flapping', t.boolean, (c) => c.notNull())
        .addColumn('reason', 'text')
        .execute();
      await db.schema.createIndex('device_status_status_idx').on('device_status').column('status').execute();

      const id =
        dialect === 'postgres'
          ? db.schema.createTable('status_events').addColumn('id', 'bigserial', (c) => c.primaryKey())
          : db.schema.createTable('status_events').addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
      await id
        .addColumn('device_id', 'integer', (c) => c.notNull().references('devices.id').onDelete('cascade'))
        .addColumn('at', t.timestamp, (c) => c.notNull())
        .addColumn('from_status', 'text', (c) => c.notNull())
        .addColumn('to_status', 'text', (c) => c.notNull())
        .addColumn('reason', 'text')
        .execute();
      await db.schema.createIndex('status_events_device_at_idx').on('status_events').columns(['device_id', 'at']).execute();
      await db.schema.createIndex('status_events_at_idx').on('status_events').column('at').execute();

      // t: unix seconds; rtt_*: microseconds (null when nothing answered).
      await sql`create table ping_samples (
        device_id integer not null, t integer not null,
        rtt_avg integer, rtt_min integer, rtt_max integer,
        sent smallint not null, lost smallint not null,
        primary key (device_id, t))${withoutRowid}`.execute(db);
      for (const table of ['ping_rollup_5m', 'ping_rollup_1h']) {
        await sql`create table ${sql.table(table)} (
          device_id integer not null, t integer not null,
          rounds integer not null, rtt_avg integer, rtt_min integer, rtt_max integer, rtt_p95 integer,
          sent integer not null, lost integer not null,
          primary key (device_id, t))${withoutRowid}`.execute(db);
      }
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      for (const table of ['ping_rollup_1h', 'ping_rollup_5m', 'ping_samples', 'status_events', 'device_status']) {
        await db.schema.dropTable(table).execute();
      }
      await db.schema.alterTable('devices').dropColumn('latency_threshold_ms').execute();
    },
  };
}
