import Type, { type Static } from 'typebox';
import { Id, Name, Nullable } from '../../common-schema.js';

export const ApiToken = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  userId: Type.Integer(),
  userEmail: Type.String(),
  createdAt: Type.String(),
  expiresAt: Nullable(Type.String()),
  lastUsedAt: Nullable(Type.String()),
});
export type ApiToken = Static<typeof ApiToken>;

export const ApiTokenCreate = Type.Object({
  name: Name(100),
  /** The user the token acts as; defaults to the admin creating it. */
  userId: Type.Optional(Id()),
  /** Omit for a token that never expires. */
  expiresInDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650 })),
});
export type ApiTokenCreate = Static<typeof ApiTokenCreate>;

/** The secret is shown once, at creation. */
export const ApiTokenCreated = Type.Object({ token: Type.String(), apiToken: ApiToken });
export type ApiTokenCreated = Static<typeof ApiTokenCreated>;

export const ApiTokenList = Type.Object({ items: Type.Array(ApiToken) });
export type ApiTokenList = Static<typeof ApiTokenList>;
