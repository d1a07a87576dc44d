import type { Kysely } from 'kysely';
import type { Database, UserRow } from '../types.js';
import { now, toIso } from '../types.js';
import type { Language, Role, User } from '../../http/routes/auth/schema.js';

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  passwordHash: string;
  mustChangePassword: boolean;
  language?: Language | null;
}

export type UserChanges = Partial<Pick<NewUser, 'name' | 'role' | 'passwordHash' | 'mustChangePassword' | 'language'>>;

export function presentUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    mustChangePassword: Boolean(row.must_change_password),
    language: (row.language as Language | null) ?? null,
    createdAt: toIso(row.created_at),
  };
}

export function createUsersRepo(db: Kysely<Database>) {
  return {
    list: () => db.selectFrom('users').selectAll().orderBy('email').execute(),
    count: async () => (await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n,
    countAdmins: async () =>
      (await db.selectFrom('users').where('role', '=', 'admin').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n,
    byId: (id: number) => db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst(),
    /** Emails are compared lower-cased: Admin@x and admin@x are one account. */
    byEmail: (email: string) => db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst(),
    async create(u: NewUser): Promise<UserRow> {
      const at = now();
      return db
        .insertInto('users')
        .values({
          email: u.email.toLowerCase(),
          name: u.name,
          role: u.role,
          password_hash: u.passwordHash,
          must_change_password: u.mustChangePassword ? 1 : 0,
          language: u.language ?? null,
          created_at: at,
          updated_at: at,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
    },
    async update(id: number, c: UserChanges): Promise<UserRow | undefined> {
      return db
        .updateTable('users')
        .set({
          updated_at: now(),
          ...(c.name !== undefined && { name: c.name }),
          ...(c.role !== undefined && { role: c.role }),
          ...(c.passwordHash !== undefined && { password_hash: c.passwordHash }),
          ...(c.mustChangePassword !== undefined && { must_change_password: c.mustChangePassword ? 1 : 0 }),
          ...(c.language !== undefined && { language: c.language }),
        })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirst();
    },
    async remove(id: number): Promise<boolean> {
      const r = await db.deleteFrom('users').where('id', '=', id).executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
  };
}
export type UsersRepo = ReturnType<typeof createUsersRepo>;
