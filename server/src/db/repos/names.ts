import type { Kysely } from 'kysely';
import type { Database } from '../types.js';

/** Names of devices and towers, for views that hold ids (the links between towers). */
export function createNamesRepo(db: Kysely<Database>) {
  return {
    /** In chunks: SQLite refuses more than 32,766 parameters in one statement. */
    async devices(ids: number[]): Promise<Map<number, string>> {
      const out = new Map<number, string>();
      const unique = [...new Set(ids)];
      for (let i = 0; i < unique.length; i += 500) {
        const rows = await db.selectFrom('devices').select(['id', 'name']).where('id', 'in', unique.slice(i, i + 500)).execute();
        for (const r of rows) out.set(r.id, r.name);
      }
      return out;
    },
    async towers(): Promise<Map<number, string>> {
      return new Map((await db.selectFrom('towers').select(['id', 'name']).execute()).map((r) => [r.id, r.name]));
    },
  };
}
export type NamesRepo = ReturnType<typeof createNamesRepo>;
