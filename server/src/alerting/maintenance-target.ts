import { sql, type Kysely } from 'kysely';
import type { Database } from '../db/types.js';

export interface MaintenanceTarget {
  scope: 'device' | 'tower';
  id: number;
  name: string;
}

/**
 * What a technician types after /maint: a device's name or host, or a tower's code or name
 * (case-insensitive). A device wins over a tower of the same name.
 */
export async function findMaintenanceTarget(db: Kysely<Database>, text: string): Promise<MaintenanceTarget | null> {
  const key = text.trim().toLowerCase();
  if (!key) return null;
  const device = await db
    .selectFrom('devices')
    .select(['id', 'name'])
    .where((eb) => eb.or([eb(sql`lower(name)`, '=', key), eb(sql`lower(host)`, '=', key)]))
    .orderBy('id')
    .executeTakeFirst();
  if (device) return { scope: 'device', id: device.id, name: device.name };
  const tower = await db
    .selectFrom('towers')
    .select(['id', 'name'])
    .where((eb) => eb.or([eb(sql`lower(code)`, '=', key), eb(sql`lower(name)`, '=', key)]))
    .orderBy('id')
    .executeTakeFirst();
  return tower ? { scope: 'tower', id: tower.id, name: tower.name } : null;
}
