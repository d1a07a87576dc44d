import type { Role } from '@server/http/routes/auth/schema.js';

const ROLE_SET = { admin: true, operator: true, viewer: true } satisfies Record<Role, true>;
export const ROLES = Object.keys(ROLE_SET) as Role[];
export const isRole = (value: string): value is Role => value in ROLE_SET;
