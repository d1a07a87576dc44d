import type { Kysely, Migration } from 'kysely';
import { columnTypes, type DialectName } from '../dialect.js';

/**
 * When the outbox last began handing a message to its channel. Set before the call and left
 * set until its outcome is recorded, so a row that still has it after a crash is known to be
 * in doubt (it may have arrived): it is sent again, marked as a possible repeat.
 */
export function outboxSending(dialect: DialectName): Migration {
  const t = columnTypes(dialect);
  return {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async up(db: Kysely<any>) {
      await db.schema.alterTable('notification_outbox').addColumn('sending_at', t.timestamp).execute();
    },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    async down(db: Kysely<any>) {
      await db.schema.alterTable('notification_outbox').dropColumn('sending_at').execute();
    },
  };
}
