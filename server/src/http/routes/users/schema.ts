import Type, { type Static } from 'typebox';
import { Name, Nullable } from '../../common-schema.js';
import { Email, Language, Password, Role, User } from '../auth/schema.js';

export const UserList = Type.Object({ items: Type.Array(User), total: Type.Integer() });
export type UserList = Static<typeof UserList>;

export const UserCreate = Type.Object({
  email: Email,
  name: Name(200),
  role: Role,
  password: Password,
  /** Defaults to true: an admin-chosen password is a temporary one. */
  mustChangePassword: Type.Optional(Type.Boolean()),
  language: Type.Optional(Nullable(Language)),
}, { additionalProperties: false });
export type UserCreate = Static<typeof UserCreate>;

export const UserPatch = Type.Partial(
  Type.Object({
    name: Name(200),
    role: Role,
    password: Password,
    mustChangePassword: Type.Boolean(),
    language: Nullable(Language),
  }, { additionalProperties: false }),
);
export type UserPatch = Static<typeof UserPatch>;

