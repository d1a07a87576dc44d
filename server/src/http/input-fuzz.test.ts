import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminAuth, createTestApp, userAuth } from '../test-support/test-app.js';
import { TEST_DB } from '../test-support/test-db.js';
import {
  acceptableInteger,
  BAD_IDS,
  BODY_NUMBERS,
  isIntegerSchema,
  MALFORMED_JSON,
  openApiPath,
  parseRoutes,
  QUERY_INTEGERS,
  replaceLeaves,
  schemaFieldPaths,
  validQueryValue,
  valueFieldPaths,
  WRONG_JSON,
  WRONG_TYPES,
  type OaOperation,
  type OaSchema,
  type Route,
} from '../test-support/route-fuzz.js';

type Headers = Record<string, string>;
interface Case {
  label: string;
  method: string;
  url: string;
  headers?: Headers;
  payload?: string;
  /** False where the value may be in range for the field (a wide ifIndex): then only "no 5xx". */
  must4xx: boolean;
}

/** One valid body per shape a route accepts, with every optional field filled, so each field can be spoilt alone. */
function validBodies(ids: Record<string, number>): Record<string, unknown[]> {
  const v2c = { version: '2c', community: 'public', port: 161 };
  const v3 = { version: '3', username: 'monitor', authProtocol: 'sha', authKey: 'auth-key-1', privProtocol: 'aes', privKey: 'priv-key-1', port: 161 };
  const device = { name: 'Fuzz', host: '10.71.0.1', type: 'ap', vendor: 'Ubiquiti', model: 'Rocket', towerId: ids.towers, parentId: ids.uplink, enabled: true, tags: ['setor-1'], notes: 'n', latencyThresholdMs: 100 };
  const tower = { name: 'Fuzz', code: 'FZ', latitude: -10.5, longitude: -50.5, address: 'Rua 1', notes: 'n', uplinkDeviceId: ids.devices };
  const checks = [
    { kind: 'icmp', host: '127.0.0.1' },
    { kind: 'dns', resolver: '127.0.0.1', port: 53, name: 'example.com', recordType: 'A', expected: '127.0.0.1' },
    { kind: 'http', url: 'http://127.0.0.1:9/', expectedStatus: 200, bodyMatch: 'ok', certMinDays: 10 },
    { kind: 'tcp', host: '127.0.0.1', port: 9 },
  ];
  const synthetic = checks.map((check) => ({ name: 'Fuzz', check, external: false, enabled: false }));
  const user = { name: 'Fuzz', role: 'viewer', password: 'fuzz-password', mustChangePassword: true, language: 'en' };
  const row = { name: 'Fuzz', host: '10.71.0.2', type: 'ap', vendor: 'v', model: 'm', tower: 'SRA', parent: '10.70.0.1', enabled: true, tags: ['a'], notes: 'n', latencyThresholdMs: 100 };
  return {
    'POST /api/auth/login': [{ email: 'nobody@example.com', password: 'not-the-password' }],
    'POST /api/auth/password': [{ currentPassword: 'not-the-password', newPassword: 'another-password' }],
    'POST /api/users': [{ email: 'fuzz@example.com', ...user }],
    'PATCH /api/users/:id': [user],
    'POST /api/tokens': [{ name: 'fuzz', userId: ids.users, expiresInDays: 30 }],
    'POST /api/towers': [tower],
    'PATCH /api/towers/:id': [tower],
    'POST /api/devices': [{ ...device, snmp: v2c }, { ...device, snmp: v3 }],
    'PATCH /api/devices/:id': [{ ...device, snmp: v2c }, { ...device, snmp: v3 }],
    'POST /api/devices/import': [[{ ...row, snmp: v2c }], [{ ...row, snmp: v3 }]],
    'POST /api/devices/bulk': [
      { ids: [ids.devices], action: 'enable' },
      { ids: [ids.devices], action: 'move', towerId: ids.towers },
      { ids: [ids.devices], action: 'parent', parentId: ids.uplink },
      { ids: [ids.devices], action: 'maintenance', durationMinutes: 60, reason: 'r' },
    ],
    'POST /api/towers/import': [[{ name: 'Fuzz Import', code: 'FZI', latitude: -10.5, longitude: -50.5, uplink: '10.70.0.1', address: 'Rua 1', notes: 'n' }]],
    'POST /api/snmp/test': [{ host: '127.0.0.1', snmp: v2c, deviceId: ids.devices }, { host: '127.0.0.1', snmp: v3 }],
    'POST /api/maintenance': [
      { scope: 'device', targetId: ids.devices, startsAt: '2030-01-01T00:00:00Z', durationMinutes: 60, recurrence: 'weekly', reason: 'r' },
      { scope: 'tower', targetId: ids.towers, endsAt: '2030-01-01T01:00:00Z', reason: 'r' },
    ],
    'POST /api/synthetic': synthetic,
    'PATCH /api/synthetic/:id': synthetic,
    'POST /api/synthetic/test': checks.map((check) => ({ check })),
    'PUT /api/settings/notifications': [{ telegramToken: '123:abc', telegramChatIds: ['123'], webhookUrls: ['http://127.0.0.1:9/'], webhookSecret: '0123456789abcdef' }],
    'PUT /api/settings/alert-severity': [
      { down: { router: 'critical', switch: 'critical', ap: 'major', station: 'warning', ptp: 'critical', olt: 'critical', server: 'major', other: 'info' }, uplink: 'critical', minimum: 'major' },
    ],
  };
}

/** Import bodies that are not a device list: broken CSV, CSV with bad cells, JSON of the wrong shape. */
const BAD_CSV = [
  '', '\uFEFF', '"', 'name,host,type', 'name,host,type\n"A,10.72.0.1,ap', 'name,host,type\nA,10.72.0.1', 'name,host,type\nA,10.72.0.1,ap,extra',
  'name,host,type,colour\nA,10.72.0.1,ap,red', 'name,host,type\nA\u0000,10.72.0.1,ap', '\u0000\u0001\u0002', 'name,host,type\n   ,10.72.0.1,ap',
  'name,host,type,latency_threshold_ms\nA,10.72.0.1,ap,99999999999999999999', 'name,host,type,snmp_version,snmp_port\nA,10.72.0.1,ap,2c,1e20',
  'name,host,type,tower\nA,10.72.0.1,ap,Nowhere', 'name,host,type\nA,10.72.0.1,ap\nB,10.72.0.1,ap', 'name,host,type,parent\nA,10.72.0.1,ap,10.72.0.1',
];
const BAD_TOWER_CSV = [
  'name,latitude,longitude\nA,1e999,0', 'name,latitude,longitude\nA,NaN,0', 'name,latitude,longitude\nA,-,,', 'name,latitude,longitude\nA,"1,2,3",0',
  'name,code,latitude,longitude\nA,X,1,1\nB,x,1,1', 'name,uplink\nA,x y', 'name,code,latitude,longitude,uplink\nA,X,1,1,10.72.0.1\u0000',
];
const BAD_IMPORT_JSON = ['{}', '{"rows":[]}', '[{"name":"A","host":"10.72.0.1","type":"ap","towerId":1e20}]', '[{"name":"A","host":"10.72.0.1","type":"nope"}]'];

function buildCases(routes: Route[], paths: Record<string, Record<string, OaOperation>>, ids: Record<string, number>, bodies: Record<string, unknown[]>): Case[] {
  const cases: Case[] = [];
  for (const { method, url } of routes) {
    const op = paths[openApiPath(url)]?.[method.toLowerCase()];
    const resource = /^\/api\/(?:devices|towers|users|tokens|synthetic|maintenance|alerts)/.exec(url)?.[0].split('/')[2] ?? 'devices';
    const at = (id: string) => url.replace(':id', id).replace('*', 'x');
    const path = at(String(ids[resource] ?? 1));
    const query = (op?.parameters ?? []).filter((p) => p.in === 'query');
    const required = query.filter((p) => p.required).map((p) => [p.name, validQueryValue(p.schema)] as const);
    const withQuery = (name: string, value: string) =>
      `${path}?${[...required.filter(([n]) => n !== name), [name, value] as const].map(([n, v]) => `${n}=${encodeURIComponent(v)}`).join('&')}`;
    const add = (label: string, c: Omit<Case, 'label' | 'method' | 'must4xx'>, must4xx = true) => cases.push({ label, method, must4xx, ...c });

    add('NUL in an unknown query parameter', { url: withQuery('zz', 'a\u0000') });
    for (const p of query) {
      if (isIntegerSchema(p.schema)) {
        for (const v of QUERY_INTEGERS) add(`query ${p.name}=${JSON.stringify(v)}`, { url: withQuery(p.name, v) }, !acceptableInteger(v, p.schema));
        add(`query ${p.name} twice`, { url: `${withQuery(p.name, '1')}&${p.name}=2` });
      } else {
        add(`NUL in query ${p.name}`, { url: withQuery(p.name, `${validQueryValue(p.schema)}\u0000`) });
      }
    }
    if (url.includes(':id')) for (const v of BAD_IDS) add(`id ${JSON.stringify(v)}`, { url: at(encodeURIComponent(v)) });
    if (url.includes('*')) add('NUL in the path', { url: url.replace('*', '%00') });
    if (!['POST', 'PUT', 'PATCH'].includes(method)) continue;

    const json = (payload: string) => ({ url: path, payload, headers: { 'content-type': 'application/json' } });
    for (const p of MALFORMED_JSON) add(`malformed JSON ${JSON.stringify(p)}`, json(p));
    for (const [type, payload] of WRONG_TYPES) add(`content type ${type}`, { url: path, payload, headers: { 'content-type': type } });
    if (!op?.requestBody) continue;
    for (const p of WRONG_JSON) add(`JSON ${p.slice(0, 20)}`, json(p));
    for (const base of bodies[`${method} ${url}`] ?? []) {
      for (const [where, value, body] of replaceLeaves(base, (leaf) => (typeof leaf === 'string' ? ['\u0000', `${leaf}\u0000`] : BODY_NUMBERS))) {
        add(`body ${where}=${JSON.stringify(value)}`, json(JSON.stringify(body)));
      }
    }
    if (url === '/api/devices/import' || url === '/api/towers/import') {
      for (const csv of [...BAD_CSV, ...(url === '/api/towers/import' ? BAD_TOWER_CSV : [])]) {
        add(`CSV ${JSON.stringify(csv.slice(0, 40))}`, { url: path, payload: csv, headers: { 'content-type': 'text/csv' } });
      }
      for (const p of BAD_IMPORT_JSON) add(`import JSON ${p.slice(0, 40)}`, json(p));
    }
  }
  return cases;
}

describe(`every route refuses hostile input (${TEST_DB})`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let roles: Record<'anonymous' | 'viewer' | 'admin', Headers>;
  let ids: Record<string, number>;
  let routes: Route[];
  let paths: Record<string, Record<string, OaOperation>>;

  const call = (headers: Headers, method: string, url: string, payload?: unknown) =>
    t.app.inject({ method: method as 'GET', url, headers, ...(payload !== undefined && { payload: payload as object }) });
  const created = async (headers: Headers, url: string, payload: object) => {
    const res = await call(headers, 'POST', url, payload);
    if (res.statusCode !== 201) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    return (res.json() as { id?: number; apiToken?: { id: number } }).id ?? (res.json() as { apiToken: { id: number } }).apiToken.id;
  };
  /** What no refused request may change: the inventory, and the users, sessions and settings around it. */
  const snapshot = async () => {
    const k = t.db.kysely;
    return {
      towers: await k.selectFrom('towers').selectAll().orderBy('id').execute(),
      devices: await k.selectFrom('devices').selectAll().orderBy('id').execute(),
      users: await k.selectFrom('users').select(['id', 'email', 'name', 'role', 'password_hash', 'must_change_password', 'language']).orderBy('id').execute(),
      sessions: await k.selectFrom('sessions').select(['id']).orderBy('id').execute(),
      synthetic: await k.selectFrom('synthetic_targets').select(['id', 'name', 'settings', 'enabled', 'external']).orderBy('id').execute(),
      maintenance: await k.selectFrom('maintenance_windows').select(['id', 'target_id', 'ends_at', 'ended_at']).orderBy('id').execute(),
      settings: await k.selectFrom('settings').select(['key', 'value']).orderBy('key').execute(),
    };
  };

  beforeAll(async () => {
    // The valid bodies' checks (last test) run against closed loopback ports: answer quickly.
    t = await createTestApp({ SYNTHETIC_TIMEOUT_MS: '300', SNMP_TIMEOUT_MS: '300', SNMP_RETRIES: '0' });
    const admin = await adminAuth(t.app);
    const viewer = await userAuth(t.app, admin, 'viewer');
    roles = { anonymous: {}, viewer, admin };
    const towers = await created(admin, '/api/towers', { name: 'Serra', code: 'SRA', latitude: -10, longitude: -50 });
    const uplink = await created(admin, '/api/devices', { name: 'Core', host: '10.70.0.1', type: 'router', towerId: towers });
    const devices = await created(admin, '/api/devices', { name: 'AP', host: '10.70.0.2', type: 'ap', towerId: towers, parentId: uplink });
    const synthetic = await created(admin, '/api/synthetic', { name: 'Loop', check: { kind: 'tcp', host: '127.0.0.1', port: 9 }, enabled: false });
    const maintenance = await created(admin, '/api/maintenance', { scope: 'device', targetId: devices, durationMinutes: 60 });
    const tokens = await created(admin, '/api/tokens', { name: 'script' });
    const users = (await call(viewer, 'GET', '/api/auth/me')).json<{ id: number }>().id;
    ids = { towers, devices, uplink, synthetic, maintenance, tokens, users, alerts: 1 };
    await t.app.ready();
    routes = parseRoutes(t.app.printRoutes({ commonPrefix: false }));
    paths = (t.app.swagger() as unknown as { paths: Record<string, Record<string, OaOperation>> }).paths;
  });
  afterAll(() => t?.close());

  it('finds every route, and a valid body for each that takes one, covering every field', () => {
    expect(routes.length).toBeGreaterThan(45);
    expect(routes).toContainEqual({ method: 'DELETE', url: '/api/devices/:id' });
    const bodies = validBodies(ids);
    const missing: string[] = [];
    for (const { method, url } of routes) {
      const schema = paths[openApiPath(url)]?.[method.toLowerCase()]?.requestBody?.content['application/json']?.schema;
      if (!schema) continue;
      const given = new Set((bodies[`${method} ${url}`] ?? []).flatMap((b) => valueFieldPaths(b)));
      for (const field of schemaFieldPaths(schema)) if (!given.has(field) && !url.endsWith('/import')) missing.push(`${method} ${url} ${field}`);
    }
    expect(missing).toEqual([]);
  });

  it('bounds every integer a request may carry', () => {
    const unbounded: string[] = [];
    const walk = (s: OaSchema, where: string) => {
      if (s.type === 'integer' && s.maximum === undefined) unbounded.push(where);
      for (const b of [...(s.anyOf ?? []), ...(s.oneOf ?? [])]) walk(b, where);
      for (const [k, sub] of Object.entries(s.properties ?? {})) walk(sub, `${where}.${k}`);
      if (s.items) walk(s.items, `${where}[]`);
    };
    for (const [path, ops] of Object.entries(paths)) {
      for (const [method, op] of Object.entries(ops)) {
        for (const p of op.parameters ?? []) walk(p.schema, `${method} ${path} ${p.in} ${p.name}`);
        for (const c of Object.values(op.requestBody?.content ?? {})) walk(c.schema, `${method} ${path} body`);
      }
    }
    expect(unbounded).toEqual([]);
  });

  it('answers 4xx, never 5xx, to the probe cases as anonymous, viewer and admin, and changes nothing', async () => {
    const before = await snapshot();
    const cases = buildCases(routes, paths, ids, validBodies(ids));
    expect(cases.length).toBeGreaterThan(1000);
    const failures: string[] = [];
    for (const [role, auth] of Object.entries(roles)) {
      // In small batches: quick, without one flood of connections on PostgreSQL.
      for (let i = 0; i < cases.length; i += 16) {
        await Promise.all(
          cases.slice(i, i + 16).map(async (c) => {
            const res = await call({ ...auth, ...c.headers }, c.method, c.url, c.payload);
            if (res.statusCode >= 500 || (c.must4xx && (res.statusCode < 400 || res.statusCode >= 500))) {
              failures.push(`${role} ${c.method} ${c.url.slice(0, 80)} [${c.label.slice(0, 80)}] → ${res.statusCode} ${res.body.slice(0, 160)}`);
            }
          }),
        );
      }
    }
    expect(failures).toEqual([]);
    expect(await snapshot()).toEqual(before);
  }, 120_000);

  it('accepts the valid bodies, so each refusal above was the spoilt field\'s', async () => {
    const wrong: string[] = [];
    for (const [route, bases] of Object.entries(validBodies(ids))) {
      const [method, url] = route.split(' ') as [string, string];
      for (const base of bases) {
        const res = await call(roles.admin, method, url.replace(':id', String(ids[url.split('/')[2]!])), base);
        // Only a conflict with the previous base (same host) or a wrong password may refuse them.
        if (res.statusCode >= 500 || (res.statusCode === 400 && ['VALIDATION', 'IMPORT_INVALID'].includes(res.json<{ code: string }>().code))) {
          wrong.push(`${route} → ${res.statusCode} ${res.body.slice(0, 300)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
