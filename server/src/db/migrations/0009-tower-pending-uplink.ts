import type { Kysely, Migration } from 'kysely';
import type { DialectName } from '../dialect.js';

/**
 * A tower's uplink given by host before any device has that host: the tower CSV is imported
 * before the equipment file that creates its uplink. The first device created with this host
 * becomes the tower's uplink, and the column is cleared (inventory/pending-uplinks.ts).
 */
export function towerPendingUplink(_dialect: DialectName): Migration {
  return {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      await db.schema.alterTable('towers').addColumn('pending_uplink_host', 'text').execute();
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      await db.schema.alterTable('towers').dropColumn('pending_uplink_host').execute();
    },
  };
}
