/**
 * Hostile-input cases for every route of the app, built from the routes Fastify registered
 * (`printRoutes`) and their schemas (the OpenAPI document @fastify/swagger derives from them).
 * Pure: the fuzz test sends the cases and judges the answers.
 */

export interface Route {
  method: string;
  /** As registered: `/api/devices/:id`. */
  url: string;
}

/** Every method and path in `app.printRoutes({ commonPrefix: false })`, HEAD left out (it is GET's handler). */
export function parseRoutes(tree: string): Route[] {
  const routes: Route[] = [];
  const stack: string[] = [];
  for (const line of tree.split('\n')) {
    const m = /^((?:│ {3}| {4})*)(?:├── |└── )(.*?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!m) continue;
    const depth = m[1]!.length / 4;
    stack.length = depth;
    const url = (stack[depth - 1] ?? '') + m[2]!;
    stack.push(url);
    for (const method of (m[3] ?? '').split(',').map((s) => s.trim()).filter(Boolean)) {
      if (method !== 'HEAD') routes.push({ method, url });
    }
  }
  return routes;
}

/** A JSON schema as the OpenAPI document carries it (3.0: `nullable` instead of a null branch). */
export interface OaSchema {
  type?: string;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  properties?: Record<string, OaSchema>;
  required?: string[];
  items?: OaSchema;
  anyOf?: OaSchema[];
  oneOf?: OaSchema[];
}
export interface OaParameter {
  in: 'path' | 'query' | 'header';
  name: string;
  required?: boolean;
  schema: OaSchema;
}
export interface OaOperation {
  parameters?: OaParameter[];
  requestBody?: { content: Record<string, { schema: OaSchema }> };
}

export const openApiPath = (url: string) => url.replace(/:([A-Za-z]+)/g, '{$1}');

const branches = (s: OaSchema) => [...(s.anyOf ?? []), ...(s.oneOf ?? [])];
export const isIntegerSchema = (s: OaSchema): boolean => s.type === 'integer' || branches(s).some(isIntegerSchema);

/** Paths of the scalar fields a body schema names, every union branch included (`snmp.port`, `tags[]`). */
export function schemaFieldPaths(s: OaSchema, path = ''): string[] {
  const here = branches(s).flatMap((b) => schemaFieldPaths(b, path));
  if (s.properties) {
    for (const [k, sub] of Object.entries(s.properties)) here.push(...schemaFieldPaths(sub, path ? `${path}.${k}` : k));
  } else if (s.items) {
    here.push(...schemaFieldPaths(s.items, `${path}[]`));
  } else if (s.type === 'string' || s.type === 'integer' || s.type === 'number' || s.enum?.some((v) => v !== null)) {
    here.push(path);
  }
  return [...new Set(here)];
}

/** The same paths, of a value. */
export function valueFieldPaths(v: unknown, path = ''): string[] {
  if (Array.isArray(v)) return v.flatMap((x) => valueFieldPaths(x, `${path}[]`));
  if (typeof v === 'object' && v !== null) return Object.entries(v).flatMap(([k, x]) => valueFieldPaths(x, path ? `${path}.${k}` : k));
  return typeof v === 'string' || typeof v === 'number' ? [path] : [];
}

/** Copies of `body`, each with one string or number leaf replaced: [where, value, copy]. */
export function* replaceLeaves(body: unknown, bad: (leaf: string | number) => unknown[]): Generator<[string, unknown, unknown]> {
  const leaves: (string | number)[][] = [];
  const walk = (v: unknown, at: (string | number)[]) => {
    if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) walk(x, [...at, Array.isArray(v) ? Number(k) : k]);
    else if (typeof v === 'string' || typeof v === 'number') leaves.push(at);
  };
  walk(body, []);
  for (const at of leaves) {
    const leaf = at.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], body) as string | number;
    for (const value of bad(leaf)) {
      const copy = structuredClone(body) as Record<string | number, unknown>;
      const parent = at.slice(0, -1).reduce<Record<string | number, unknown>>((v, k) => v[k] as Record<string | number, unknown>, copy);
      parent[at.at(-1)!] = value;
      yield [at.join('.'), value, copy];
    }
  }
}

/** Ids that must never be read as an id: not canonical, not positive, or beyond PostgreSQL's `integer` (decoded; encode to send). */
export const BAD_IDS = ['1.5', '+1', '01', '1e0', '-1', '0', '99999999999', '2147483648', '9223372036854775808', '1e20', '0x1', 'abc', ' 1', '1 ', '\u0000', '1\u0000'];

/** Integers written in a query string: the same, and some that may be in range for a wide field. */
export const QUERY_INTEGERS = [...BAD_IDS, '', 'true', '-0', '-2147483649', '-9223372036854775809', '1'.repeat(400)];

/** Integers in a JSON body that no field of ours accepts. */
export const BODY_NUMBERS = [2 ** 31, 2 ** 63, 1e20, -(2 ** 31) - 1, -1e20];

/** Whether a query-string integer is one the schema accepts: canonical digits within its bounds. */
export function acceptableInteger(text: string, s: OaSchema): boolean {
  if (!/^(0|-?[1-9][0-9]*)$/.test(text)) return false;
  const n = Number(text);
  const bounded = branches(s).find((b) => b.type === 'integer') ?? s;
  return Number.isSafeInteger(n) && n >= (bounded.minimum ?? -Infinity) && n <= (bounded.maximum ?? Infinity);
}

/** A value a query parameter's schema accepts, to hold the other parameters valid. */
export function validQueryValue(s: OaSchema): string {
  const e = s.enum ?? branches(s).find((b) => b.enum)?.enum;
  if (e) return String(e[0]);
  if (isIntegerSchema(s)) return String(Math.max(s.minimum ?? 1, 1));
  if (s.type === 'boolean') return 'true';
  return 'x';
}

/** Malformed JSON, and JSON of the wrong shape for any body of ours (`null`, a number…). */
export const MALFORMED_JSON = ['{', '[1,', '{"a":1}}', '"unterminated', "{'a':1}", '{"a":\u0000}', 'nul', '\u0000'];
export const WRONG_JSON = ['null', '1', '"x"', 'true', '[]', '[null]', '[[]]', `${'['.repeat(5000)}${']'.repeat(5000)}`];
/** Content types no route reads (text/plain and text/csv are left to the import's own cases). */
export const WRONG_TYPES: [string, string][] = [
  ['application/xml', '<a/>'],
  ['application/x-www-form-urlencoded', 'name=a&host=b'],
  ['multipart/form-data; boundary=x', '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nb\r\n--x--'],
  ['application/octet-stream', '\u0000\u0001'],
  ['image/png', 'x'],
];
