import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminAuth, createTestApp, login, userAuth } from '../../../test-support/test-app.js';
import { TEST_DB } from '../../../test-support/test-db.js';

describe(`users and API tokens (${TEST_DB})`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: { authorization: string };
  beforeAll(async () => {
    t = await createTestApp();
    admin = await adminAuth(t.app);
  });
  afterAll(() => t.close());

  it('admins create users, who must change the temporary password', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/users', headers: admin, payload: { email: 'Tec@ISP.com.br', name: 'Técnico', role: 'operator', password: 'temporary-1' } });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ email: 'tec@isp.com.br', role: 'operator', mustChangePassword: true });
    expect(JSON.stringify(res.json())).not.toMatch(/hash|temporary/);
    const token = await login(t.app, 'tec@isp.com.br', 'temporary-1');
    const r = await t.app.inject({ method: 'GET', url: '/api/towers', headers: { authorization: `Bearer ${token}` } });
    expect(r.json().code).toBe('PASSWORD_CHANGE_REQUIRED');
    const dup = await t.app.inject({ method: 'POST', url: '/api/users', headers: admin, payload: { email: 'tec@isp.com.br', name: 'x', role: 'viewer', password: 'whatever-1' } });
    expect(dup.statusCode).toBe(409);
    const bad = await t.app.inject({ method: 'POST', url: '/api/users', headers: admin, payload: { email: 'not-an-email', name: '', role: 'boss', password: 'x' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields.map((f: { field: string }) => f.field).sort()).toEqual(['email', 'name', 'password', 'role']);
  });

  it('only admins manage users and tokens', async () => {
    const operator = await userAuth(t.app, admin, 'operator');
    expect((await t.app.inject({ method: 'GET', url: '/api/users', headers: operator })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/api/tokens', headers: operator, payload: { name: 'x' } })).statusCode).toBe(403);
  });

  it('keeps at least one admin', async () => {
    const me = (await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: admin })).json();
    const demote = await t.app.inject({ method: 'PATCH', url: `/api/users/${me.id}`, headers: admin, payload: { role: 'viewer' } });
    expect(demote.statusCode).toBe(409);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/users/${me.id}`, headers: admin })).statusCode).toBe(409);
  });

  it('issues long-lived API tokens that act as their user, shown once and revocable', async () => {
    const viewer = (await t.app.inject({ method: 'POST', url: '/api/users', headers: admin, payload: { email: 'grafana@isp.com', name: 'Grafana', role: 'viewer', password: 'whatever-12', mustChangePassword: false } })).json();
    const created = await t.app.inject({ method: 'POST', url: '/api/tokens', headers: admin, payload: { name: 'dashboards', userId: viewer.id } });
    expect(created.statusCode).toBe(201);
    const { token, apiToken } = created.json();
    expect(token).toMatch(/^tok_/);
    expect(apiToken).toMatchObject({ name: 'dashboards', userId: viewer.id, userEmail: 'grafana@isp.com', expiresAt: null });
    const auth = { authorization: `Bearer ${token}` };
    expect((await t.app.inject({ method: 'GET', url: '/api/devices', headers: auth })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: '/api/towers', headers: auth, payload: { name: 'x', latitude: 0, longitude: 0 } })).statusCode).toBe(403);
    const list = (await t.app.inject({ method: 'GET', url: '/api/tokens', headers: admin })).json();
    expect(JSON.stringify(list)).not.toContain(token);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/tokens/${apiToken.id}`, headers: admin })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/devices', headers: auth })).statusCode).toBe(401);
  });
});
