import type { Role } from '@server/http/routes/auth/schema.js';

/** Viewers read; operators and admins change the inventory. */
export const canWrite = (role: Role | undefined): boolean => role === 'admin' || role === 'operator';
export const isAdmin = (role: Role | undefined): boolean => role === 'admin';
