/** The schema keyword that asks for a string to be trimmed before validation (see common-schema `Name`). */
export const TRIM = 'x-trim';

type SchemaNode = { [TRIM]?: boolean; type?: unknown; properties?: Record<string, SchemaNode>; items?: SchemaNode; anyOf?: SchemaNode[] };

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Trims, in place, every string whose schema is marked `x-trim`, following the schema through
 * objects, arrays and unions (each branch in turn: trimming twice changes nothing). It runs
 * before validation so `minLength: 1` refuses a name of only spaces and `maxLength` counts
 * what is stored. Values of the wrong shape are left alone for validation to name.
 */
export function trimMarked(schema: unknown, value: unknown): unknown {
  const s = schema as SchemaNode;
  if (s.anyOf) return s.anyOf.reduce<unknown>((v, branch) => trimMarked(branch, v), value);
  if (typeof value === 'string') return s[TRIM] ? value.trim() : value;
  if (s.properties && isPlainObject(value)) {
    for (const [key, sub] of Object.entries(s.properties)) {
      if (Object.hasOwn(value, key)) value[key] = trimMarked(sub, value[key]);
    }
  } else if (s.items && Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = trimMarked(s.items, value[i]);
  }
  return value;
}
