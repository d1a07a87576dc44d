import type { UsersRepo } from '../db/repos/users.js';
import { hashPassword } from './passwords.js';

export const DEFAULT_ADMIN = { email: 'admin@admin.com', password: 'admin' } as const;

/** On the first start (no users at all) creates the default admin, who must change the password. */
export async function ensureDefaultAdmin(users: UsersRepo): Promise<boolean> {
  if ((await users.count()) > 0) return false;
  await users.create({
    email: DEFAULT_ADMIN.email,
    name: 'Administrator',
    role: 'admin',
    passwordHash: await hashPassword(DEFAULT_ADMIN.password),
    mustChangePassword: true,
  });
  return true;
}
