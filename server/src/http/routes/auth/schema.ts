import Type, { type Static } from 'typebox';
import { Nullable, literalUnion } from '../../common-schema.js';

export const ROLES = ['admin', 'operator', 'viewer'] as const;
export const Role = literalUnion(ROLES);
export type Role = Static<typeof Role>;

export const LANGUAGES = ['pt-BR', 'en'] as const;
export const Language = literalUnion(LANGUAGES);
export type Language = Static<typeof Language>;

export const Email = Type.String({ format: 'email', maxLength: 254 });
export const Password = Type.String({ minLength: 8, maxLength: 200 });

export const User = Type.Object({
  id: Type.Integer(),
  email: Type.String(),
  name: Type.String(),
  role: Role,
  mustChangePassword: Type.Boolean(),
  language: Nullable(Language),
  createdAt: Type.String(),
});
export type User = Static<typeof User>;

export const LoginBody = Type.Object({
  email: Type.String({ minLength: 1, maxLength: 254 }),
  password: Type.String({ minLength: 1, maxLength: 200 }),
});
export type LoginBody = Static<typeof LoginBody>;

export const LoginResponse = Type.Object({ token: Type.String(), user: User });
export type LoginResponse = Static<typeof LoginResponse>;

export const PasswordBody = Type.Object({
  currentPassword: Type.String({ minLength: 1, maxLength: 200 }),
  newPassword: Password,
});
export type PasswordBody = Static<typeof PasswordBody>;

