import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminAuth, createTestApp } from '../test-support/test-app.js';
import { TEST_DB } from '../test-support/test-db.js';

/*
 * Fastify compiles a route's response serializer (fast-json-stringify, with an Ajv of its own
 * for unions) when the route first answers; a format that Ajv does not know is reported with a
 * console line outside the JSON log. Every write to stdout and stderr is watched here.
 */
describe(`custom formats in the response serializers (${TEST_DB})`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let auth: { authorization: string };
  const written: string[] = [];
  const originals = { out: process.stdout.write.bind(process.stdout), err: process.stderr.write.bind(process.stderr), warn: console.warn, log: console.log, error: console.error };

  beforeAll(async () => {
    t = await createTestApp();
    auth = await adminAuth(t.app);
  });
  afterAll(async () => {
    await t.close();
  });

  it('the synthetic and device routes answer without an "unknown format" line anywhere', async () => {
    const capture = (chunk: unknown) => {
      written.push(String(chunk));
      return true;
    };
    process.stdout.write = capture as typeof process.stdout.write;
    process.stderr.write = capture as typeof process.stderr.write;
    // Ajv's default logger is the console, which vitest may route around the streams.
    console.warn = console.log = console.error = (...args: unknown[]) => void written.push(args.map(String).join(' '));
    try {
      const created = await t.app.inject({ method: 'POST', url: '/api/synthetic', headers: auth, payload: { name: 'gw', check: { kind: 'icmp', host: '127.0.0.1' } } });
      expect(created.statusCode, created.body).toBe(201);
      const id = (created.json() as { id: number }).id;
      for (const url of ['/api/synthetic', `/api/synthetic/${id}`, `/api/synthetic/${id}/history`, '/api/devices', '/api/towers']) {
        const res = await t.app.inject({ method: 'GET', url, headers: auth });
        expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
      }
    } finally {
      process.stdout.write = originals.out;
      process.stderr.write = originals.err;
      Object.assign(console, { warn: originals.warn, log: originals.log, error: originals.error });
    }
    expect(written.filter((l) => /unknown format/.test(l))).toEqual([]);
  });
});
