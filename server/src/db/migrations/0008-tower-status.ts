import type { Kysely, Migration } from 'kysely';
import { columnTypes, type DialectName } from '../dialect.js';

/**
 * Tower status changes, like status_events for devices: only changes are written. The last
 * event of a tower is its current status, so a restart resumes it without a table of its own.
 */
export function towerStatus(dialect: DialectName): Migration {
  const t = columnTypes(dialect);
  return {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      const id =
        dialect === 'postgres'
          ? db.schema.createTable('tower_status_events').addColumn('id', 'bigserial', (c) => c.primaryKey())
          : db.schema.createTable('tower_status_events').addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
      await id
        .addColumn('tower_id', 'integer', (c) => c.notNull().references('towers.id').onDelete('cascade'))
        .addColumn('at', t.timestamp, (c) => c.notNull())
        .addColumn('from_status', 'text', (c) => c.notNull())
        .addColumn('to_status', 'text', (c) => c.notNull())
        .addColumn('reason', 'text')
        .addColumn('infra_down', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('customers_down', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('customers', 'integer', (c) => c.notNull().defaultTo(0))
        .execute();
      await db.schema.createIndex('tower_status_events_tower_at_idx').on('tower_status_events').columns(['tower_id', 'at']).execute();
      await db.schema.createIndex('tower_status_events_at_idx').on('tower_status_events').column('at').execute();
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      await db.schema.dropTable('tower_status_events').execute();
    },
  };
}
