import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { adminAuth, createTestApp, userAuth } from '../../../test-support/test-app.js';
import { TEST_DB } from '../../../test-support/test-db.js';
import { createIcmpBlocker } from '../../../test-support/icmp-block.js';
import { startDnsServer } from '../../../test-support/dns-server.js';
import { startHttpTarget } from '../../../test-support/http-target.js';

// This file's own loopback addresses (one range per database run).
const NET = TEST_DB === 'postgres' ? '127.0.73' : '127.0.72';
const { drop, restore } = createIcmpBlocker();

describe(`synthetic checks API and rounds against loopback peers (${TEST_DB})`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: { authorization: string };
  let dns: Awaited<ReturnType<typeof startDnsServer>>;
  let web: Awaited<ReturnType<typeof startHttpTarget>>;
  let healthy = true;
  const ids: Record<string, number> = {};
  const req = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown, headers = admin) =>
    t.app.inject({ method, url, headers, ...(payload !== undefined && { payload: payload as object }) });

  beforeAll(async () => {
    dns = await startDnsServer({ 'portal.provedor.test': [{ type: 'A', name: 'portal.provedor.test', ttl: 60, data: '127.0.0.80' }] });
    web = await startHttpTarget((_req, res) => {
      res.statusCode = healthy ? 200 : 503;
      res.end(healthy ? 'Provedor Serra Azul: online' : 'fora');
    });
    t = await createTestApp({ SYNTHETIC_TIMEOUT_MS: '500' });
    admin = await adminAuth(t.app);
  });
  afterEach(restore);
  afterAll(async () => {
    restore();
    await t?.close();
    await dns?.close();
    await web?.close();
  });

  it('starts with no checks when SYNTHETIC_DEFAULT_TARGETS=none', async () => {
    expect((await req('GET', '/api/synthetic')).json()).toEqual({ items: [], upstream: { external: 0, failing: 0, quorum: 0, outage: false } });
  });

  it('creates one check of each kind', async () => {
    const checks = {
      ping: { kind: 'icmp', host: `${NET}.1` },
      resolver: { kind: 'dns', resolver: '127.0.0.1', port: dns.port, name: 'portal.provedor.test', recordType: 'A', expected: '127.0.0.80' },
      portal: { kind: 'http', url: `${web.url}/`, expectedStatus: 200, bodyMatch: 'online' },
      ssh: { kind: 'tcp', host: '127.0.0.1', port: web.port },
    };
    for (const [name, check] of Object.entries(checks)) {
      const r = await req('POST', '/api/synthetic', { name, check, external: name !== 'portal' });
      expect(r.statusCode, r.body).toBe(201);
      expect(r.json()).toMatchObject({ name, kind: check.kind, check, status: 'unknown', enabled: true, external: name !== 'portal' });
      ids[name] = r.json().id;
    }
  });

  it('refuses bad input with the field, and a duplicate name with 409', async () => {
    const bad = async (payload: unknown) => {
      const r = await req('POST', '/api/synthetic', payload);
      expect(r.statusCode, r.body).toBe(400);
      return (r.json().fields as { field: string }[]).map((f) => f.field);
    };
    expect(await bad({ name: 'x', check: { kind: 'dns', resolver: 'dns.google', name: 'google.com' } })).toContain('check.resolver');
    expect(await bad({ name: 'x', check: { kind: 'http', url: 'ftp://files' } })).toContain('check.url');
    expect(await bad({ name: 'x', check: { kind: 'tcp', host: '127.0.0.1', port: 70000 } })).toContain('check.port');
    expect(await bad({ name: '', check: { kind: 'icmp', host: '127.0.0.1' } })).toContain('name');
    const dup = await req('POST', '/api/synthetic', { name: 'ping', check: { kind: 'icmp', host: '127.0.0.2' } });
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({ code: 'DUPLICATE_NAME', fields: [{ field: 'name' }] });
    const viewer = await userAuth(t.app, admin, 'viewer');
    expect((await req('POST', '/api/synthetic', { name: 'v', check: { kind: 'icmp', host: '127.0.0.2' } }, viewer)).statusCode).toBe(403);
  });

  it('runs a round: every check up, with its latency, stored and charted', async () => {
    const round = await t.monitoring.synthetic.runRound(Date.now() - 60_000);
    expect(round.results.map((r) => [r.targetId, r.ok, r.reason]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual(Object.values(ids).sort((a, b) => a - b).map((id) => [id, true, null]));
    const { items, upstream } = (await req('GET', '/api/synthetic')).json() as { items: { name: string; status: string; latencyMs: number | null }[]; upstream: object };
    for (const item of items) {
      expect(item.status, item.name).toBe('up');
      expect(item.latencyMs, item.name).toBeGreaterThan(0);
    }
    expect(upstream).toEqual({ external: 3, failing: 0, quorum: 3, outage: false });
    const history = (await req('GET', `/api/synthetic/${ids.resolver}/history`)).json();
    expect(history.points).toHaveLength(1);
    expect(history.points[0]).toMatchObject({ failedPercent: 0, checks: 1 });
    expect(history.points[0].latencyMs).toBeGreaterThan(0);
  });

  it('marks failing checks down with the reason, and says which upstream targets fail', async () => {
    drop(`${NET}.1`);
    dns.setMode('silent');
    healthy = false;
    const round = await t.monitoring.synthetic.runRound(Date.now());
    dns.setMode('answer');
    const byName = Object.fromEntries(((await req('GET', '/api/synthetic')).json().items as { name: string; status: string; reason: string }[]).map((i) => [i.name, i]));
    expect(byName.ping).toMatchObject({ status: 'down' });
    expect(byName.resolver).toMatchObject({ status: 'down', reason: 'dns: ETIMEOUT' });
    expect(byName.portal).toMatchObject({ status: 'down', reason: 'HTTP 503' });
    expect(byName.ssh).toMatchObject({ status: 'up' });
    // ping and resolver of three external targets: no quorum (all), so no outage.
    expect(round.upstream).toEqual({ external: 3, failing: 2, quorum: 3, outage: false });
    const history = (await req('GET', `/api/synthetic/${ids.portal}/history?step=3600`)).json();
    expect(history.points.reduce((n: number, p: { checks: number }) => n + p.checks, 0)).toBe(2);
    healthy = true;
  });

  it('tests a check without storing it', async () => {
    const r = await req('POST', '/api/synthetic/test', { check: { kind: 'dns', resolver: '127.0.0.1', port: dns.port, name: 'nope.provedor.test' } });
    expect(r.json()).toMatchObject({ ok: false, reason: 'dns: ENOTFOUND' });
  });

  it('edits and deletes a check, with its history', async () => {
    const patched = await req('PATCH', `/api/synthetic/${ids.ssh}`, { enabled: false, name: 'ssh-borda' });
    expect(patched.json()).toMatchObject({ name: 'ssh-borda', enabled: false, status: 'up' });
    const moved = await req('PATCH', `/api/synthetic/${ids.ssh}`, { check: { kind: 'tcp', host: '127.0.0.1', port: 1 } });
    expect(moved.json()).toMatchObject({ status: 'unknown', check: { port: 1 } });
    expect((await req('DELETE', `/api/synthetic/${ids.ssh}`)).statusCode).toBe(204);
    expect((await req('GET', `/api/synthetic/${ids.ssh}`)).statusCode).toBe(404);
    expect((await req('GET', `/api/synthetic/${ids.ssh}/history`)).statusCode).toBe(404);
  });
});
