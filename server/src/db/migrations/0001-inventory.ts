import { sql, type Kysely, type Migration } from 'kysely';
import { columnTypes, type DialectName } from '../dialect.js';

/** Users, sessions and API tokens, towers and devices. */
export function inventory(dialect: DialectName): Migration {
  const t = columnTypes(dialect);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const id = (db: Kysely<any>, table: string) =>
    dialect === 'postgres'
      ? db.schema.createTable(table).addColumn('id', 'serial', (c) => c.primaryKey())
      : db.schema.createTable(table).addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement());
  return {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      await id(db, 'users')
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('role', 'text', (c) => c.notNull())
        .addColumn('password_hash', 'text', (c) => c.notNull())
        .addColumn('must_change_password', t.boolean, (c) => c.notNull())
        .addColumn('language', 'text')
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addColumn('updated_at', t.timestamp, (c) => c.notNull())
        .execute();

      await id(db, 'sessions')
        .addColumn('token_hash', 'text', (c) => c.notNull().unique())
        .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('name', 'text')
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addColumn('expires_at', t.timestamp)
        .addColumn('last_used_at', t.timestamp)
        .execute();
      await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

      await id(db, 'towers')
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('code', 'text', (c) => c.unique())
        .addColumn('latitude', t.real, (c) => c.notNull())
        .addColumn('longitude', t.real, (c) => c.notNull())
        .addColumn('address', 'text')
        .addColumn('notes', 'text')
        // No FK: towers and devices point at each other; the device repo clears it on delete.
        .addColumn('uplink_device_id', 'integer')
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addColumn('updated_at', t.timestamp, (c) => c.notNull())
        .execute();
      await db.schema.createIndex('towers_name_idx').on('towers').column('name').execute();

      await id(db, 'devices')
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('host', 'text', (c) => c.notNull().unique())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('vendor', 'text')
        .addColumn('model', 'text')
        .addColumn('tower_id', 'integer', (c) => c.references('towers.id'))
        .addColumn('parent_id', 'integer', (c) => c.references('devices.id').onDelete('set null'))
        .addColumn('enabled', t.boolean, (c) => c.notNull())
        .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('notes', 'text')
        .addColumn('snmp', 'text')
        .addColumn('created_at', t.timestamp, (c) => c.notNull())
        .addColumn('updated_at', t.timestamp, (c) => c.notNull())
        .execute();
      for (const col of ['tower_id', 'parent_id', 'type', 'name']) {
        await db.schema.createIndex(`devices_${col}_idx`).on('devices').column(col).execute();
      }
      // Case-insensitive search on name/host is the Equipment list's main query.
      await sql`create index devices_lower_name_idx on devices (lower(name))`.execute(db);
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      for (const table of ['devices', 'towers', 'sessions', 'users']) await db.schema.dropTable(table).execute();
    },
  };
}
