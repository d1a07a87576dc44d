import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InjectOptions } from 'fastify';
import { adminAuth, createTestApp } from '../../test-support/test-app.js';
import { TEST_DB } from '../../test-support/test-db.js';

describe(`CSRF: cookie-authenticated writes (${TEST_DB})`, { timeout: 60_000 }, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let bearer: { authorization: string };
  let cookies: { torre_session: string };
  const HOST = 'noc.lan:8080';
  beforeAll(async () => {
    t = await createTestApp({ PUBLIC_URL: 'https://noc.example.com' });
    bearer = await adminAuth(t.app);
    cookies = { torre_session: bearer.authorization.slice('Bearer '.length) };
  });
  afterAll(() => t.close());

  const devices = async () => (await t.app.inject({ method: 'GET', url: '/api/devices', headers: bearer })).json().items.map((d: { name: string }) => d.name).sort();
  const createWithCookie = (name: string, opts: Partial<InjectOptions> & { headers?: Record<string, string> } = {}) =>
    t.app.inject({
      method: 'POST',
      url: '/api/devices',
      cookies,
      payload: JSON.stringify({ name, host: `10.90.0.${Math.floor(Math.random() * 250) + 1}`, type: 'router' }),
      ...opts,
      headers: { host: HOST, 'content-type': 'application/json', ...opts.headers },
    });

  it('refuses a form post (text/plain, urlencoded, multipart) with the cookie, even from our own origin', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x']) {
      const res = await createWithCookie('Forged', { headers: { 'content-type': type, origin: `http://${HOST}` } });
      expect(res.statusCode, type).toBe(415);
      expect(res.json()).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', fields: [{ field: 'content-type' }] });
    }
    // A body without any type is refused too.
    const bare = await t.app.inject({ method: 'POST', url: '/api/devices', cookies, headers: { host: HOST }, payload: Buffer.from('{"name":"x"}') });
    expect(bare.statusCode).toBe(415);
    expect(await devices()).toEqual([]);
  });

  it('refuses JSON from another origin: Sec-Fetch-Site same-site or cross-site, or a foreign or null Origin', async () => {
    const cases: Record<string, string>[] = [
      { 'sec-fetch-site': 'same-site', origin: 'http://noc.lan:9999' },
      { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' },
      { origin: 'http://noc.lan:9999' },
      { origin: 'https://evil.example' },
      { origin: 'null' },
    ];
    for (const headers of cases) {
      const res = await createWithCookie('Forged', { headers });
      expect(res.statusCode, JSON.stringify(headers)).toBe(403);
      expect(res.json().code).toBe('CROSS_ORIGIN');
    }
    // Also a body-less write, which no content-type rule would catch.
    const del = await t.app.inject({ method: 'POST', url: '/api/auth/logout', cookies, headers: { host: HOST, 'sec-fetch-site': 'same-site' } });
    expect(del.statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', cookies })).statusCode).toBe(200);
    expect(await devices()).toEqual([]);
  });

  it('accepts JSON from our own origin (by Sec-Fetch-Site, by Origin, by PUBLIC_URL behind a proxy) and from non-browsers', async () => {
    expect((await createWithCookie('A', { headers: { 'sec-fetch-site': 'same-origin', origin: `http://${HOST}` } })).statusCode).toBe(201);
    expect((await createWithCookie('B', { headers: { origin: `http://${HOST}` } })).statusCode).toBe(201);
    expect((await createWithCookie('C', { headers: { origin: 'https://noc.example.com' } })).statusCode).toBe(201);
    expect((await createWithCookie('D')).statusCode).toBe(201);
    const csv = await t.app.inject({
      method: 'POST',
      url: '/api/devices/import',
      cookies,
      headers: { host: HOST, 'content-type': 'text/csv; charset=utf-8', 'sec-fetch-site': 'same-origin' },
      payload: 'name,host,type\nE,10.91.0.1,ap\n',
    });
    expect(csv.statusCode).toBe(200);
    expect(await devices()).toEqual(['A', 'B', 'C', 'D', 'E']);
  });

  it('leaves Bearer-token calls alone, whatever their origin', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/devices',
      headers: { ...bearer, host: HOST, 'content-type': 'application/json', 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' },
      payload: JSON.stringify({ name: 'F', host: '10.92.0.1', type: 'router' }),
    });
    expect(res.statusCode).toBe(201);
  });

  it('refuses a cross-origin sign-in (login CSRF) but not one from the page or a script', async () => {
    const payload = { email: 'admin@admin.com', password: 'wrong-password' };
    const forged = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { host: HOST, 'sec-fetch-site': 'cross-site' }, payload });
    expect(forged.statusCode).toBe(403);
    const plain = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { host: HOST, 'content-type': 'text/plain' }, payload: JSON.stringify(payload) });
    expect(plain.statusCode).toBe(415);
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { host: HOST, 'sec-fetch-site': 'same-origin' }, payload })).statusCode).toBe(401);
  });
});
