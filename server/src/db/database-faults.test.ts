import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBuiltServer, type RunningServer } from '../test-support/built-server.js';
import { createPgCluster, type PgCluster } from '../test-support/pg-cluster.js';
import { TEST_DB } from '../test-support/test-db.js';
import { fillUp, mountTmpfs } from '../test-support/tmpfs.js';
import { migrate, openDatabase, type Db } from './database.js';

/*
 * The real server process (server/src/main.ts through tsx), a real device on loopback pinged
 * every 5 s, and real faults: connections terminated, a PostgreSQL cluster of our own stopped
 * and started, a tmpfs filled up or mounted read-only. The process must stay alive and store
 * rounds again once the database is back.
 */

const FAST_ROUNDS = { PING_INTERVAL_SECONDS: '5', PING_COUNT: '1', PING_TIMEOUT_MS: '300', LOG_LEVEL: 'info', ANOMALY_DETECTION: 'off' };

async function addDevice(db: Db) {
  const at = new Date().toISOString();
  await db.kysely.insertInto('devices').values({ name: 'loopback', host: '127.0.0.1', type: 'router', enabled: 1, tags: '[]', created_at: at, updated_at: at }).execute();
}

async function until<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe().catch(() => undefined);
    if (v !== undefined && v !== false) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

type HealthBody = {
  status: string;
  reasons: string[];
  database: { reachable: boolean; reason: string | null; writes: { failing: boolean; dropped: number; refusedRequests: number; lastError: string | null } };
};
async function health(server: RunningServer): Promise<{ code: number; body: HealthBody }> {
  const res = await fetch(`${server.baseUrl}/healthz`);
  return { code: res.status, body: (await res.json()) as HealthBody };
}

async function call(server: RunningServer, method: string, url: string, token?: string, body?: object) {
  return fetch(`${server.baseUrl}${url}`, {
    method,
    headers: { ...(token && { authorization: `Bearer ${token}` }), ...(body && { 'content-type': 'application/json' }) },
    body: body && JSON.stringify(body),
  });
}

/** Signs in as the default admin, sets its password and adds a device on loopback through the API; returns the token. */
async function adminWithDevice(server: RunningServer): Promise<string> {
  const login = await call(server, 'POST', '/api/auth/login', undefined, { email: 'admin@admin.com', password: 'admin' });
  const token = ((await login.json()) as { token: string }).token;
  expect((await call(server, 'POST', '/api/auth/password', token, { currentPassword: 'admin', newPassword: 'a-long-new-password' })).status).toBe(200);
  expect((await call(server, 'POST', '/api/devices', token, { name: 'loopback', host: '127.0.0.1', type: 'router' })).status).toBe(201);
  return token;
}

async function pgRounds(url: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<{ n: number }>('select count(distinct t)::int as n from ping_samples')).rows[0]!.n;
  } finally {
    await c.end();
  }
}

// Each database's run covers its own faults: PostgreSQL's connections and restarts, SQLite's disk.
const describeFor = (kind: typeof TEST_DB) => (TEST_DB === kind ? describe : () => {});

describeFor('postgres')('PostgreSQL faults (real server process)', () => {
  it('survives pg_terminate_backend on every connection and stores rounds after', async () => {
    const server = await startBuiltServer({ db: 'postgres', source: true, env: FAST_ROUNDS, prepare: addDevice, prefix: 'torre_fault' });
    try {
      const url = server.databaseUrl!;
      const before = await until('a stored round', async () => (await pgRounds(url)) > 0 && pgRounds(url));
      // The probe's five tries, each on every connection the server holds (idle between rounds).
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      for (let i = 0; i < 5; i++) {
        await health(server); // leaves an idle connection in the pool
        await until('a connection to terminate', async () => {
          const killed = await admin.query('select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()');
          return (killed.rowCount ?? 0) > 0;
        });
        await new Promise((r) => setTimeout(r, 300));
        expect(server.alive()).toBe(true);
      }
      await admin.end();
      await until('a round stored after', async () => (await pgRounds(url)) > before);
      expect(server.alive()).toBe(true);
      const h = await health(server);
      expect(h.code).toBe(200);
      expect(h.body.status).toBe('ok');
      expect(server.output()).toContain('PostgreSQL connection lost');
    } finally {
      await server.stop();
    }
  }, 40_000);

  describe('a cluster of our own', () => {
    let cluster: PgCluster;
    beforeAll(async () => {
      cluster = await createPgCluster();
    });
    afterAll(() => cluster?.remove());

    it('stopped and started: the server stays up, /healthz says why, API answers 503, rounds are stored after', async () => {
      // db: 'sqlite' only means "no database on the shared server": DATABASE_URL points at ours.
      const server = await startBuiltServer({ db: 'sqlite', source: true, env: { ...FAST_ROUNDS, DATABASE_URL: cluster.url } });
      try {
        const token = await adminWithDevice(server);
        await until('a stored round', async () => (await pgRounds(cluster.url)) > 0);

        cluster.stop();
        const down = await until('/healthz to see the database gone', async () => {
          const h = await health(server);
          return h.code === 503 && h.body;
        });
        expect(down.status).toBe('degraded');
        expect(down.database.reachable).toBe(false);
        expect(down.reasons[0]).toMatch(/^database unreachable: /);
        const me = await call(server, 'GET', '/api/auth/me', token);
        expect(me.status).toBe(503);
        expect(await me.json()).toMatchObject({ code: 'DATABASE_UNAVAILABLE', message: expect.stringMatching(/connection refused|PostgreSQL/) });
        // A round comes while it is down: dropped and counted, not fatal.
        const failing = await until('a dropped round', async () => {
          const h = await health(server);
          return h.body.database.writes.dropped > 0 && h.body;
        });
        expect(failing.database.writes.failing).toBe(true);
        expect(failing.reasons.some((r) => r.startsWith('database writes failing since'))).toBe(true);
        expect(server.alive()).toBe(true);

        cluster.start();
        const after = await pgRounds(cluster.url);
        await until('rounds stored after the restart', async () => (await pgRounds(cluster.url)) >= after + 1);
        const up = await until('/healthz ok again', async () => {
          const h = await health(server);
          return h.code === 200 && h.body.status === 'ok' && h.body;
        });
        expect(up.database.writes).toMatchObject({ failing: false, refusedRequests: 1 });
        expect(up.database.writes.dropped).toBeGreaterThan(0);
        expect((await call(server, 'GET', '/api/auth/me', token)).status).toBe(200);
        expect(server.alive()).toBe(true);
        expect(server.output()).toContain('database writes are failing (connection refused (ECONNREFUSED))');
        expect(server.output()).toMatch(/database writes work again; [1-9]\d* writes were dropped meanwhile/);
      } finally {
        await server.stop();
      }
    }, 60_000);

    it('down at start-up: the server waits with backoff, says so, and comes up with the database', async () => {
      cluster.stop();
      let heard = '';
      let waited: () => void;
      const twoWaits = new Promise<void>((r) => (waited = r));
      const starting = startBuiltServer({
        db: 'sqlite',
        source: true,
        env: { ...FAST_ROUNDS, DATABASE_URL: cluster.url },
        startTimeoutMs: 40_000,
        onOutput: (chunk) => {
          heard += chunk;
          if ((heard.match(/waiting for the database/g) ?? []).length >= 3) waited();
        },
      });
      await twoWaits;
      cluster.start();
      const server = await starting;
      try {
        const waits = server.output().match(/waiting for the database at postgresql:\/\/postgres@127\.0\.0\.1:\d+\/postgres: connection refused/g) ?? [];
        expect(waits.length, server.output()).toBeGreaterThanOrEqual(2);
        const delays = [...server.output().matchAll(/"retryInMs":(\d+)/g)].map((m) => Number(m[1]));
        expect(delays.slice(0, 3)).toEqual([500, 1000, 2000]);
        expect(server.output()).toContain('answers; starting');
        const before = await pgRounds(cluster.url);
        await until('a round stored', async () => (await pgRounds(cluster.url)) > before);
      } finally {
        await server.stop();
      }
    }, 60_000);
  });
});

/** A real small filesystem (tmpfs), so "disk full" and "read-only" are the kernel's own answers. */
/** The server must exit with exactly one line that names the file and the cause. */
async function startFails(dataDir: string): Promise<string> {
  const err = await startBuiltServer({ db: 'sqlite', source: true, env: { DATA_DIR: dataDir, LOG_LEVEL: 'warn' } }).then(
    () => {
      throw new Error('the server started');
    },
    (e: Error) => e.message,
  );
  const output = err.replace(/^server exited: /, '').trim();
  expect(output.split('\n'), output).toHaveLength(1);
  return output;
}

describeFor('sqlite')('SQLite faults (real server process, real tmpfs)', () => {
  it.each([
    ['a read-only data directory', false],
    ['an existing database in a directory made read-only', true],
  ])('%s: one line naming the file and the cause', async (_case, withDatabase) => {
    const fsys = mountTmpfs('8m');
    try {
      if (withDatabase) {
        const db = openDatabase({ kind: 'sqlite', file: path.join(fsys.dir, 'torre.db') });
        await migrate(db);
        await db.close();
      }
      fsys.readOnly();
      const line = await startFails(fsys.dir);
      expect(line).toContain(`cannot use the database at ${path.join(fsys.dir, 'torre.db')}:`);
      expect(line).toMatch(/read-only|cannot be opened/);
    } finally {
      fsys.remove();
    }
  }, 30_000);

  it('a full disk at start-up: one line naming the file and the cause', async () => {
    const fsys = mountTmpfs('64k');
    try {
      const line = await startFails(fsys.dir);
      expect(line).toContain(`cannot use the database at ${path.join(fsys.dir, 'torre.db')}:`);
      expect(line).toMatch(/disk is full/);
    } finally {
      fsys.remove();
    }
  }, 30_000);

  it('a disk that fills up at run time: rounds dropped and counted, /healthz degraded, API writes 503, stored again once space returns', async () => {
    const fsys = mountTmpfs('32m');
    let server: RunningServer | undefined;
    try {
      server = await startBuiltServer({ db: 'sqlite', source: true, env: { ...FAST_ROUNDS, DATA_DIR: fsys.dir } });
      const token = await adminWithDevice(server);
      const file = path.join(fsys.dir, 'torre.db');
      const reader = new SQLite(file, { readonly: true });
      const rounds = () => (reader.prepare('select count(distinct t) as n from ping_samples').get() as { n: number }).n;
      try {
        await until('a stored round', async () => rounds() > 0);

        const filler = fillUp(fsys.dir);
        const failing = await until('a dropped round', async () => {
          const h = await health(server!);
          return h.body.database.writes.failing && h;
        });
        expect(failing.code).toBe(200);
        expect(failing.body.status).toBe('degraded');
        expect(failing.body.database.reachable).toBe(true);
        expect(failing.body.reasons).toEqual([expect.stringMatching(/^database writes failing since .*: the disk is full \(SQLITE_FULL/)]);
        expect(failing.body.database.writes.dropped).toBeGreaterThan(0);
        // An API write gets a clear 503, not a bare 500.
        const res = await call(server, 'POST', '/api/towers', token, { name: 'Torre Norte', latitude: -23.5, longitude: -46.6 });
        expect(res.status).toBe(503);
        expect(await res.json()).toMatchObject({ code: 'DATABASE_UNAVAILABLE', message: expect.stringContaining('the disk is full') });
        expect(server.alive()).toBe(true);

        fs.rmSync(filler);
        const stored = rounds();
        await until('rounds stored once space returns', async () => rounds() > stored);
        const ok = await until('/healthz ok again', async () => {
          const h = await health(server!);
          return h.body.status === 'ok' && h.body;
        });
        expect(ok.database.writes).toMatchObject({ failing: false, refusedRequests: 1 });
        expect(server.output()).toMatch(/database writes are failing \(the disk is full/);
        expect(server.alive()).toBe(true);
      } finally {
        reader.close();
      }
    } finally {
      await server?.stop();
      fsys.remove();
    }
  }, 60_000);
});
