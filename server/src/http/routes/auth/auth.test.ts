import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, ADMIN_PASSWORD } from '../../../test-support/test-app.js';
import { TEST_DB } from '../../../test-support/test-db.js';

describe(`auth (${TEST_DB})`, { timeout: 60_000 }, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp({ LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: '3', LOGIN_MAX_ATTEMPTS_PER_IP: '6', LOGIN_ACCOUNT_BACKOFF_AFTER: '10', LOGIN_HASH_CONCURRENCY: '2' });
  });
  afterAll(() => t.close());

  it('the first start has admin@admin.com / admin, who can do nothing but change the password', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'admin@admin.com', password: 'admin' } });
    expect(res.statusCode).toBe(200);
    const { token, user } = res.json();
    expect(user).toMatchObject({ email: 'admin@admin.com', role: 'admin', mustChangePassword: true });
    const cookie = res.cookies.find((c) => c.name === 'torre_session');
    expect(cookie).toMatchObject({ value: token, httpOnly: true, sameSite: 'Lax', path: '/' });

    const auth = { authorization: `Bearer ${token}` };
    const blocked = await t.app.inject({ method: 'GET', url: '/api/devices', headers: auth });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('PASSWORD_CHANGE_REQUIRED');
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: auth })).json().mustChangePassword).toBe(true);

    const wrong = await t.app.inject({ method: 'POST', url: '/api/auth/password', headers: auth, payload: { currentPassword: 'nope', newPassword: 'something-long' } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().fields).toEqual([{ field: 'currentPassword', message: expect.any(String) }]);
    const short = await t.app.inject({ method: 'POST', url: '/api/auth/password', headers: auth, payload: { currentPassword: 'admin', newPassword: 'short' } });
    expect(short.statusCode).toBe(400);
    expect(short.json().fields[0].field).toBe('newPassword');

    const changed = await t.app.inject({ method: 'POST', url: '/api/auth/password', headers: auth, payload: { currentPassword: 'admin', newPassword: ADMIN_PASSWORD } });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().mustChangePassword).toBe(false);
    expect((await t.app.inject({ method: 'GET', url: '/api/devices', headers: auth })).statusCode).toBe(200);
    // The old password no longer works.
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'admin@admin.com', password: 'admin' } })).statusCode).toBe(401);
  });

  it('accepts the session cookie as well as the bearer header, and logout ends the session', async () => {
    const token = await login(t.app, 'ADMIN@admin.com', ADMIN_PASSWORD);
    const cookies = { torre_session: token };
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', cookies })).statusCode).toBe(200);
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/logout', cookies });
    expect(out.statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', cookies })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(401);
  });

  it('answers a wrong password and an unknown account the same way', async () => {
    const a = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'admin@admin.com', password: 'wrong' }, remoteAddress: '10.9.9.1' });
    const b = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'ghost@x.com', password: 'wrong' }, remoteAddress: '10.9.9.1' });
    expect(a.statusCode).toBe(401);
    expect(b.statusCode).toBe(401);
    expect(a.json()).toEqual(b.json());
    expect(a.json().message).toBe('Invalid email or password');
  });

  it('rate-limits failed logins per account and address; the right password still gets in from another address', async () => {
    const guess = (remoteAddress: string, password = 'x') =>
      t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'admin@admin.com', password }, remoteAddress });
    for (let i = 0; i < 3; i++) expect((await guess('10.0.0.66')).statusCode).toBe(401);
    const limited = await guess('10.0.0.66', ADMIN_PASSWORD);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await guess('10.0.0.67', ADMIN_PASSWORD)).statusCode).toBe(200);
  });

  it('counts attempts before checking the password: 150 parallel wrong passwords verify at most the limit', async () => {
    const before = t.passwords.stats().verified;
    const answers = await Promise.all(
      Array.from({ length: 150 }, () =>
        t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'admin@admin.com', password: 'wrong' }, remoteAddress: '10.6.6.6' }),
      ),
    );
    const codes = answers.map((a) => a.statusCode);
    expect(codes.filter((c) => c === 401)).toHaveLength(3);
    expect(codes.filter((c) => c === 429)).toHaveLength(147);
    expect(t.passwords.stats().verified - before).toBe(3);
    expect(t.passwords.stats().peakRunning).toBeLessThanOrEqual(2);
    // Meanwhile the owner, from elsewhere, is not locked out.
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'admin@admin.com', password: ADMIN_PASSWORD }, remoteAddress: '10.6.6.7' })).statusCode).toBe(200);
  });

  it('floods of invalid login requests never reach a password check nor use up the limit', async () => {
    const before = t.passwords.stats().verified;
    const bodies = [{}, { email: '' }, { email: 'a@b.c' }, { email: 'a@b.c', password: '' }, { email: 'x'.repeat(300), password: 'p' }, 'not json'];
    const answers = await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        t.app.inject({ method: 'POST', url: '/api/auth/login', payload: bodies[i % bodies.length], headers: { 'content-type': 'application/json' }, remoteAddress: '10.5.5.5' }),
      ),
    );
    expect(answers.every((a) => a.statusCode === 400)).toBe(true);
    expect(t.passwords.stats().verified - before).toBe(0);
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'admin@admin.com', password: ADMIN_PASSWORD }, remoteAddress: '10.5.5.5' })).statusCode).toBe(200);
  });

  it('rate-limits failed logins per IP across accounts, while other IPs still get in', async () => {
    for (let i = 0; i < 6; i++) {
      await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: `u${i}@x.com`, password: 'x' }, remoteAddress: '10.7.7.7' });
    }
    const fromAttacker = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'admin@admin.com', password: ADMIN_PASSWORD }, remoteAddress: '10.7.7.7' });
    expect(fromAttacker.statusCode).toBe(429);
    const fromElsewhere = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'admin@admin.com', password: ADMIN_PASSWORD }, remoteAddress: '10.7.7.8' });
    expect(fromElsewhere.statusCode).toBe(200);
  });

  it('ignores a client-supplied X-Forwarded-For (no proxy is trusted by default)', async () => {
    for (let i = 0; i < 6; i++) {
      await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: `x${i}@x.com`, password: 'x' }, remoteAddress: '10.8.8.8', headers: { 'x-forwarded-for': `192.0.2.${i}` } });
    }
    const r = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'y@x.com', password: 'x' }, remoteAddress: '10.8.8.8', headers: { 'x-forwarded-for': '192.0.2.200' } });
    expect(r.statusCode).toBe(429);
  });

  it('requires auth on every /api route except login, config and docs', async () => {
    const spec = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
    const open = new Set(['POST /api/auth/login', 'GET /api/config']);
    let checked = 0;
    for (const [p, methods] of Object.entries(spec.paths)) {
      if (!p.startsWith('/api/')) continue;
      for (const method of Object.keys(methods)) {
        const key = `${method.toUpperCase()} ${p}`;
        const url = p.replace(/\{[^}]+\}/g, '1');
        const res = await t.app.inject({ method: method.toUpperCase() as 'GET', url, payload: method === 'get' || method === 'delete' ? undefined : {} });
        if (open.has(key)) expect(res.statusCode, key).not.toBe(401);
        else expect(res.statusCode, key).toBe(401);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(15);
  });

  it('serves the health check and OpenAPI docs without auth', async () => {
    const h = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(h.statusCode).toBe(200);
    expect(h.json()).toMatchObject({ status: 'ok', database: { kind: TEST_DB, reachable: true } });
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(docs.statusCode).toBe(200);
    expect(docs.json().paths['/api/devices']).toBeDefined();
    expect((await t.app.inject({ method: 'GET', url: '/api/config' })).json()).toMatchObject({ defaultLanguage: 'pt-BR', mapTileUrl: null });
  });
});

describe(`auth: an account guessed from many addresses (${TEST_DB})`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp({ LOGIN_MAX_ATTEMPTS_PER_ACCOUNT: '3', LOGIN_ACCOUNT_BACKOFF_AFTER: '4' });
  });
  afterAll(() => t.close());

  it('backs off: of 120 parallel guesses at most the threshold are verified, a new address waits, a known one does not', { timeout: 60_000 }, async () => {
    const signIn = (remoteAddress: string, password: string) =>
      t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'admin@admin.com', password }, remoteAddress });
    expect((await signIn('10.0.0.80', 'admin')).statusCode).toBe(200);

    const before = t.passwords.stats().verified;
    // The owner tries from a new address in the middle of the flood.
    const guesses = Array.from({ length: 120 }, (_, i) => signIn(`10.20.${i >> 8}.${i & 255}`, 'wrong'));
    const results = await Promise.all([...guesses.slice(0, 60), signIn('10.21.0.1', 'admin'), ...guesses.slice(60)]);
    const [fresh] = results.splice(60, 1);
    expect(results.filter((a) => a.statusCode === 401)).toHaveLength(4);
    expect(results.filter((a) => a.statusCode === 429)).toHaveLength(116);
    expect(t.passwords.stats().verified - before).toBe(4);
    expect(fresh!.statusCode).toBe(429);
    expect(fresh!.json().message).toMatch(/second/);
    expect(Number(fresh!.headers['retry-after'])).toBeLessThanOrEqual(60);
    // 10.0.0.80 signed in before, so it is not held back.
    expect((await signIn('10.0.0.80', 'admin')).statusCode).toBe(200);
  });
});
