import type { FastifyInstance, FastifySchemaCompiler, FastifySchemaValidationError } from 'fastify';
import { TypeBoxValidatorCompiler } from '@fastify/type-provider-typebox';
import type { TSchema } from 'typebox';
import { invalid } from '../errors.js';
import { compileTrim } from '../trim.js';

/** An integer as a person writes it: no sign but `-`, no leading zeros, no fraction or exponent. */
const CANONICAL_INTEGER = /^(0|-?[1-9][0-9]*)$/;

type SchemaNode = { type?: unknown; properties?: Record<string, SchemaNode>; anyOf?: SchemaNode[] };
const isInteger = (s: SchemaNode): boolean => s.type === 'integer' || (s.anyOf?.some(isInteger) ?? false);

/**
 * TypeBox's compiler with two rules of ours. Query and path integers must be canonical digits:
 * its conversion reads `1.5`, `+1`, `01`, `1e0`, `0x1`, `true` and `` as numbers (so
 * `DELETE /api/devices/1.5` deleted device 1). Bodies get their marked names trimmed first.
 */
export const validatorCompiler: FastifySchemaCompiler<TSchema> = (route) => {
  const check = TypeBoxValidatorCompiler(route);
  const { schema, httpPart } = route;
  if (httpPart === 'body') {
    const trim = compileTrim(schema);
    return trim ? (value) => check(trim(value)) : check;
  }
  if (httpPart !== 'querystring' && httpPart !== 'params') return check;
  const integers = Object.entries((schema as SchemaNode).properties ?? {}).filter(([, s]) => isInteger(s)).map(([k]) => k);
  if (integers.length === 0) return check;
  return (value) => {
    const given = value as Record<string, unknown>;
    const errors: FastifySchemaValidationError[] = integers
      .filter((k) => typeof given[k] === 'string' && !CANONICAL_INTEGER.test(given[k]))
      .map((k) => ({ keyword: 'integer', instancePath: `/${k}`, schemaPath: `#/properties/${k}`, params: {}, message: 'must be a whole number in plain digits' }));
    return errors.length > 0 ? { error: errors } : check(value);
  };
};

/** Whether a parsed value holds a NUL character in a string or a key. Iterative: bodies may nest deeply. */
function hasNul(value: unknown): boolean {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === 'string') {
      if (v.includes('\0')) return true;
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) stack.push(v[i]);
    } else if (typeof v === 'object' && v !== null) {
      for (const k in v) {
        if (k.includes('\0')) return true;
        stack.push((v as Record<string, unknown>)[k]);
      }
    }
  }
  return false;
}

/**
 * Where in a parsed value the first NUL character is (a key or a string), or null. The path is
 * only built when there is one: a 50,000-row import is walked once, without allocating.
 */
export function findNul(value: unknown): string | null {
  if (!hasNul(value)) return null;
  const stack: [string, unknown][] = [['', value]];
  while (stack.length > 0) {
    const [path, v] = stack.pop()!;
    if (typeof v === 'string') {
      if (v.includes('\0')) return path;
    } else if (typeof v === 'object' && v !== null) {
      for (const [k, child] of Object.entries(v)) {
        const at = path ? `${path}.${k}` : k;
        if (k.includes('\0')) return at;
        stack.push([at, child]);
      }
    }
  }
  return null;
}

/**
 * Input every route refuses before its own validation. NUL characters: PostgreSQL cannot store
 * them in text and fails the query (a 500), SQLite would store them and cut them off in C
 * clients; no field has a use for them, so they are a 400 naming the field, on every route.
 */
export function registerInputGuard(app: FastifyInstance) {
  app.setValidatorCompiler(validatorCompiler);
  app.addHook('preValidation', async (request) => {
    const parts = { params: request.params, query: request.query, body: request.body } as const;
    for (const [part, value] of Object.entries(parts)) {
      const at = findNul(value);
      if (at === null) continue;
      const field = at || '(body)';
      const line = typeof value === 'string' ? ` (line ${value.slice(0, value.indexOf('\0')).split('\n').length})` : '';
      throw invalid('VALIDATION', field, `${part === 'body' ? '' : `${part} `}${field} contains a NUL character${line}`);
    }
  });
}
