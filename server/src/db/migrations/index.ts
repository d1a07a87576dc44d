import type { Migration, MigrationProvider } from 'kysely';
import type { DialectName } from '../dialect.js';
import { inventory } from './0001-inventory.js';
import { monitoring } from './0002-monitoring.js';
import { snmp } from './0003-snmp.js';
import { alerting } from './0004-alerting.js';
import { synthetic } from './0005-synthetic.js';
import { anomaly } from './0006-anomaly.js';
import { outboxSending } from './0007-outbox-sending.js';
import { towerStatus } from './0008-tower-status.js';
import { towerPendingUplink } from './0009-tower-pending-uplink.js';

/** Every migration, in order. Names are versions: never rename or edit one that has shipped. */
export function migrationProvider(dialect: DialectName): MigrationProvider {
  const migrations: Record<string, Migration> = {
    '0001-inventory': inventory(dialect),
    '0002-monitoring': monitoring(dialect),
    '0003-snmp': snmp(dialect),
    '0004-alerting': alerting(dialect),
    '0005-synthetic': synthetic(dialect),
    '0006-anomaly': anomaly(dialect),
    '0007-outbox-sending': outboxSending(dialect),
    '0008-tower-status': towerStatus(dialect),
    '0009-tower-pending-uplink': towerPendingUplink(dialect),
  };
  return { getMigrations: async () => migrations };
}
