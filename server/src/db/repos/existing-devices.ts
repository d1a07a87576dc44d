import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../types.js';

/**
 * Which of these device ids still exist, in chunks (SQLite's parameter limit). Writers of
 * per-device rows drop the others: a device deleted while a round ran would break the foreign
 * key and, with it, everyone's writes.
 */
export async function existingDeviceIds(db: Kysely<Database> | Transaction<Database>, ids: number[]): Promise<Set<number>> {
  const unique = [...new Set(ids)];
  const existing = new Set<number>();
  for (let i = 0; i < unique.length; i += 500) {
    for (const r of await db.selectFrom('devices').select('id').where('id', 'in', unique.slice(i, i + 500)).execute()) existing.add(r.id);
  }
  return existing;
}
