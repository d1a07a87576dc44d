import type { Kysely, Migration } from 'kysely';
import { columnTypes, type DialectName } from '../dialect.js';

/**
 * Anomaly detection: each series' closed hours (median and MAD, the model's history, so a
 * restart rebuilds it without re-reading raw samples), and the anomalies found.
 */
export function anomaly(dialect: DialectName): Migration {
  const t = columnTypes(dialect);
  return {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('anomaly_hours')
        .addColumn('device_id', 'integer', (c) => c.notNull().references('devices.id').onDelete('cascade'))
        /** rtt, loss, traffic_in:<ifIndex>, traffic_out:<ifIndex>, signal:<radio>. */
        .addColumn('series', 'text', (c) => c.notNull())
        /** Unix seconds, start of the hour. */
        .addColumn('t', 'integer', (c) => c.notNull())
        .addColumn('median', t.real, (c) => c.notNull())
        .addColumn('mad', t.real, (c) => c.notNull())
        .addColumn('count', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('anomaly_hours_pk', ['device_id', 'series', 't'])
        .execute();
      // Expiry deletes by time across every series.
      await db.schema.createIndex('anomaly_hours_t_idx').on('anomaly_hours').column('t').execute();
      const table = db.schema.createTable('anomalies');
      await (dialect === 'postgres' ? table.addColumn('id', 'bigserial', (c) => c.primaryKey()) : table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement()))
        .addColumn('device_id', 'integer', (c) => c.notNull().references('devices.id').onDelete('cascade'))
        .addColumn('series', 'text', (c) => c.notNull())
        .addColumn('started_at', t.timestamp, (c) => c.notNull())
        .addColumn('ended_at', t.timestamp)
        /** up or down: above or below what is usual. */
        .addColumn('direction', 'text', (c) => c.notNull())
        /** At the most anomalous point: the value, what was expected, its spread, and z. */
        .addColumn('value', t.real, (c) => c.notNull())
        .addColumn('expected', t.real, (c) => c.notNull())
        .addColumn('spread', t.real, (c) => c.notNull())
        .addColumn('peak_z', t.real, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('anomalies_device_idx').on('anomalies').columns(['device_id', 'started_at']).execute();
      await db.schema.createIndex('anomalies_started_idx').on('anomalies').column('started_at').execute();
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      for (const table of ['anomalies', 'anomaly_hours']) await db.schema.dropTable(table).execute();
    },
  };
}
