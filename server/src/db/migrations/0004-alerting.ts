import { sql, type Kysely, type Migration } from 'kysely';
import { columnTypes, type DialectName } from '../dialect.js';

/**
 * Alerts (at most one open per device and kind), maintenance windows, and the persisted
 * notification outbox: a message is a row before it is sent, so a restart or an unreachable
 * Telegram loses none and, with the dedupe key, queues none twice.
 */
export function alerting(dialect: DialectName): Migration {
  const t = columnTypes(dialect);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const id = (db: Kysely<any>, table: string) =>
    dialect === 'postgres'
      ? db.schema.createTable(table).addColumn('id', 'bigserial', (c) => c.primaryKey())
      : db.schema.createTable(table).addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
  return {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      await id(db, 'alerts')
        .addColumn('kind', 'text', (c) => c.notNull())
        /** What within the device: an interface's ifIndex for interface alerts, '' otherwise. */
        .addColumn('subject', 'text', (c) => c.notNull().defaultTo(''))
        .addColumn('severity', 'text', (c) => c.notNull())
        .addColumn('device_id', 'integer', (c) => c.references('devices.id').onDelete('cascade'))
        .addColumn('tower_id', 'integer', (c) => c.references('towers.id').onDelete('set null'))
        .addColumn('started_at', t.timestamp, (c) => c.notNull())
        .addColumn('resolved_at', t.timestamp)
        .addColumn('acknowledged_at', t.timestamp)
        .addColumn('acknowledged_by', 'text')
        .addColumn('message', 'text', (c) => c.notNull())
        .addColumn('suppressed_by', 'bigint')
        /** JSON: the dependents affected, and what the rule saw. */
        .addColumn('details', 'text')
        .addColumn('notified_at', t.timestamp)
        .execute();
      // One open alert per device, kind and subject, enforced by the database.
      await sql`create unique index alerts_open_idx on alerts (device_id, kind, subject) where resolved_at is null`.execute(db);
      await db.schema.createIndex('alerts_started_idx').on('alerts').column('started_at').execute();

      await id(db, 'maintenance_windows')
        .addColumn('scope', 'text', (c) => c.notNull())
        .addColumn('target_id', 'integer')
        .addColumn('starts_at', t.timestamp, (c) => c.notNull())
        .addColumn('ends_at', t.timestamp, (c) => c.notNull())
        /** null (one-off) or 'weekly'. */
        .addColumn('recurrence', 'text')
        .addColumn('reason', 'text')
        .addColumn('created_by', 'text')
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        /** Set when a window is ended early (DELETE): no occurrence after it. */
        .addColumn('ended_at', t.timestamp)
        .execute();

      await id(db, 'notification_outbox')
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('target', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('dedupe_key', 'text', (c) => c.unique())
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_attempt_at', t.timestamp, (c) => c.notNull())
        .addColumn('sent_at', t.timestamp)
        .addColumn('last_error', 'text')
        .execute();
      // Settings changed in the interface (notification channels); the environment gives the defaults.
      await db.schema
        .createTable('settings')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .addColumn('updated_at', t.timestamp, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('notification_outbox_pending_idx').on('notification_outbox').columns(['sent_at', 'id']).execute();
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      for (const table of ['settings', 'notification_outbox', 'maintenance_windows', 'alerts']) await db.schema.dropTable(table).execute();
    },
  };
}
