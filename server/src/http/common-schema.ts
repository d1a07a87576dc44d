import Type, { type Static, type TSchema } from 'typebox';

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

/** The largest id a column holds: ids are PostgreSQL `integer`s. */
export const MAX_ID = 2_147_483_647;
/** A row id a client sends (body, query or path); larger values would fail in the database, not here. */
export const Id = (options: { description?: string } = {}) => Type.Integer({ minimum: 1, maximum: MAX_ID, ...options });
/** Path ids arrive as strings; http/plugins/input-guard.ts admits only canonical digits (no `1.5`, `+1`, `01`, `1e0`). */
export const IdParams = Type.Object({ id: Id() });
export type IdParams = Static<typeof IdParams>;

export const FieldError = Type.Object({ field: Type.String(), message: Type.String() });
export const ErrorResponse = Type.Object({
  statusCode: Type.Integer(),
  error: Type.String(),
  /** Stable machine-readable code, e.g. VALIDATION, PASSWORD_CHANGE_REQUIRED, DUPLICATE_HOST. */
  code: Type.String(),
  message: Type.String(),
  fields: Type.Optional(Type.Array(FieldError)),
});
export type ErrorResponse = Static<typeof ErrorResponse>;

export const Page = <T extends TSchema>(item: T) => Type.Object({ items: Type.Array(item), total: Type.Integer() });

/** A string that is one of `values`; one clear error ("must be one of …") instead of a union's many. */
export const literalUnion = <const T extends string[]>(values: readonly [...T], options: { description?: string } = {}) =>
  Type.Enum<T>(values, options);

/** Paging: how many rows to skip; bounded so the database never sees an out-of-range OFFSET. */
export const Offset = Type.Integer({ minimum: 0, maximum: MAX_ID, default: 0 });

/**
 * A name: surrounding spaces are trimmed before validation (http/trim.ts), so a name of only
 * spaces is "too short" rather than stored blank.
 */
export const Name = (maxLength: number) => Type.String({ minLength: 1, maxLength, 'x-trim': true });

export const OkResponse = Type.Object({ ok: Type.Boolean() });
