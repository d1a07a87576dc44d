import type { Kysely } from 'kysely';
import type { Database } from '../types.js';
import { toIso } from '../types.js';

/** Settings changed in the interface, by key, as JSON. */
export function createSettingsRepo(db: Kysely<Database>) {
  return {
    async get<T>(key: string): Promise<T | null> {
      const row = await db.selectFrom('settings').select('value').where('key', '=', key).executeTakeFirst();
      return row ? (JSON.parse(row.value) as T) : null;
    },
    async set(key: string, value: unknown): Promise<void> {
      const row = { key, value: JSON.stringify(value), updated_at: toIso(new Date()) };
      await db
        .insertInto('settings')
        .values(row)
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: row.value, updated_at: row.updated_at }))
        .execute();
    },
  };
}
export type SettingsRepo = ReturnType<typeof createSettingsRepo>;
