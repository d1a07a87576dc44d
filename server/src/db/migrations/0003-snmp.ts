import { sql, type Kysely, type Migration } from 'kysely';
import { columnTypes, type DialectName } from '../dialect.js';

/**
 * SNMP: the latest poll per device (JSON documents, plus the worst radio's signal and CCQ as
 * columns so lists can sort by them), SNMP events, and traffic and wireless history, raw and
 * hourly. History rows are keyed by (device, interface or radio, time); rates in bit/s.
 */
export function snmp(dialect: DialectName): Migration {
  const t = columnTypes(dialect);
  const withoutRowid = dialect === 'sqlite' ? sql` without rowid` : sql``;
  const real = sql.raw(dialect === 'postgres' ? 'double precision' : 'real');
  // Indexes and counts from devices: RouterOS indexes reach 2^32-2, an error delta after a long
  // gap passes 2^31, a Gauge32 "-1" is 4294967295. SQLite's integer is 64-bit already.
  const big = sql.raw(dialect === 'postgres' ? 'bigint' : 'integer');
  return {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('snmp_state')
        .addColumn('device_id', 'integer', (c) => c.primaryKey().references('devices.id').onDelete('cascade'))
        .addColumn('polled_at', t.timestamp, (c) => c.notNull())
        .addColumn('ok_at', t.timestamp)
        .addColumn('error', 'text')
        .addColumn('error_since', t.timestamp)
        .addColumn('system', 'text')
        .addColumn('interfaces', 'text')
        .addColumn('wireless', 'text')
        .addColumn('clients', 'text')
        .addColumn('signal_dbm', t.real)
        .addColumn('ccq_percent', t.real)
        .execute();

      const id =
        dialect === 'postgres'
          ? db.schema.createTable('snmp_events').addColumn('id', 'bigserial', (c) => c.primaryKey())
          : db.schema.createTable('snmp_events').addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
      await id
        .addColumn('device_id', 'integer', (c) => c.notNull().references('devices.id').onDelete('cascade'))
        .addColumn('at', t.timestamp, (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('if_index', 'integer')
        .addColumn('detail', 'text')
        .execute();
      await db.schema.createIndex('snmp_events_device_at_idx').on('snmp_events').columns(['device_id', 'at']).execute();
      await db.schema.createIndex('snmp_events_at_idx').on('snmp_events').column('at').execute();

      // t: unix seconds; *_bps: bits per second; errors and discards: counted since the previous poll.
      await sql`create table interface_samples (
        device_id integer not null, if_index ${big} not null, t integer not null,
        in_bps ${real}, out_bps ${real},
        in_errors ${big}, out_errors ${big}, in_discards ${big}, out_discards ${big},
        primary key (device_id, if_index, t))${withoutRowid}`.execute(db);
      await sql`create table interface_rollup_1h (
        device_id integer not null, if_index ${big} not null, t integer not null, samples integer not null,
        in_bps ${real}, out_bps ${real}, in_max_bps ${real}, out_max_bps ${real},
        in_errors ${big}, out_errors ${big}, in_discards ${big}, out_discards ${big},
        primary key (device_id, if_index, t))${withoutRowid}`.execute(db);
      // radio: the radio's ifIndex, or its position when the MIB gives none.
      await sql`create table wireless_samples (
        device_id integer not null, radio ${big} not null, t integer not null,
        signal_dbm ${real}, noise_dbm ${real}, snr_db ${real}, ccq_percent ${real},
        tx_rate_bps ${real}, rx_rate_bps ${real}, clients ${big},
        primary key (device_id, radio, t))${withoutRowid}`.execute(db);
      await sql`create table wireless_rollup_1h (
        device_id integer not null, radio ${big} not null, t integer not null, samples integer not null,
        signal_dbm ${real}, signal_min_dbm ${real}, noise_dbm ${real}, snr_db ${real}, snr_min_db ${real},
        ccq_percent ${real}, ccq_min_percent ${real}, tx_rate_bps ${real}, rx_rate_bps ${real}, clients ${big},
        primary key (device_id, radio, t))${withoutRowid}`.execute(db);
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      for (const table of ['wireless_rollup_1h', 'wireless_samples', 'interface_rollup_1h', 'interface_samples', 'snmp_events', 'snmp_state']) {
        await db.schema.dropTable(table).execute();
      }
    },
  };
}
