import type { Kysely } from 'kysely';
import type { Database } from '../types.js';
import { now } from '../types.js';

/** Browser sessions and API tokens: both are a hashed bearer secret bound to a user. */
export function createSessionsRepo(db: Kysely<Database>) {
  return {
    async create(s: { tokenHash: string; userId: number; kind: 'session' | 'api'; name?: string | null; expiresAt: string | null }) {
      return db
        .insertInto('sessions')
        .values({
          token_hash: s.tokenHash,
          user_id: s.userId,
          kind: s.kind,
          name: s.name ?? null,
          created_at: now(),
          expires_at: s.expiresAt,
          last_used_at: null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
    },
    /** The live session or token for a hash, with its user; expired ones are not returned. */
    async findValid(tokenHash: string) {
      const row = await db
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.user_id')
        .selectAll('users')
        .select(['sessions.id as session_id', 'sessions.kind as session_kind', 'sessions.expires_at as session_expires_at', 'sessions.last_used_at as session_last_used_at'])
        .where('sessions.token_hash', '=', tokenHash)
        .executeTakeFirst();
      if (!row) return undefined;
      if (row.session_expires_at && new Date(row.session_expires_at).getTime() <= Date.now()) return undefined;
      return row;
    },
    touch: (id: number) => db.updateTable('sessions').set({ last_used_at: now() }).where('id', '=', id).execute(),
    removeByHash: (tokenHash: string) => db.deleteFrom('sessions').where('token_hash', '=', tokenHash).execute(),
    /** Ends every browser session of a user (after a password change), optionally keeping one. */
    removeUserSessions: (userId: number, keepId?: number) => {
      let q = db.deleteFrom('sessions').where('user_id', '=', userId).where('kind', '=', 'session');
      if (keepId !== undefined) q = q.where('id', '!=', keepId);
      return q.execute();
    },
    listApiTokens: () =>
      db
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.user_id')
        .select(['sessions.id', 'sessions.name', 'sessions.user_id', 'users.email', 'sessions.created_at', 'sessions.expires_at', 'sessions.last_used_at'])
        .where('sessions.kind', '=', 'api')
        .orderBy('sessions.id')
        .execute(),
    async removeApiToken(id: number): Promise<boolean> {
      const r = await db.deleteFrom('sessions').where('id', '=', id).where('kind', '=', 'api').executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
    removeExpired: () => db.deleteFrom('sessions').where('expires_at', '<', now()).execute(),
  };
}
export type SessionsRepo = ReturnType<typeof createSessionsRepo>;
