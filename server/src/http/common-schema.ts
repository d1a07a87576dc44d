import Type, { type Static, type TSchema } from 'typebox';

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);

export const IdParams = Type.Object({ id: Type.Integer({ minimum: 1 }) });
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

export const OkResponse = Type.Object({ ok: Type.Boolean() });
