import { loadConfig, type Config } from '../config/load.js';
import { DEFAULT_ADMIN } from '../auth/bootstrap.js';
import type { App } from '../http/app.js';
import { createSystem } from '../system.js';
import { createTestDb, TEST_DB } from './test-db.js';

const silentLog = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} };

export const ADMIN_PASSWORD = 'correct-horse-battery';

/**
 * Alerting tests drive rounds by hand: one ping per device with a short timeout, down after two
 * failed rounds, and flapping out of the way (it has tests of its own; here outages follow each
 * other faster than it allows).
 */
export const QUICK_OUTAGES = { PING_COUNT: '1', PING_TIMEOUT_MS: '300', DOWN_AFTER: '2', FLAP_CHANGES: '100' } as const;

/** The real app over a fresh test database, with the default admin seeded. */
export async function createTestApp(
  env: Record<string, string> = {},
  kind: 'sqlite' | 'postgres' = TEST_DB,
  notify?: Parameters<typeof createSystem>[0]['notify'],
  /** Where the server logs (tests that watch for a line); silent by default. */
  log: Parameters<typeof createSystem>[0]['log'] = silentLog,
) {
  const { db, cleanup } = await createTestDb(kind);
  // Rounds are driven by the tests (engine.runRound) unless a test turns the scheduler on.
  const config: Config = loadConfig({ LOG_FILE: 'off', MAP_TILE_URL: 'off', MONITORING: 'off', SYNTHETIC_DEFAULT_TARGETS: 'none', ...env }, '/nonexistent/.env');
  const build = () => createSystem({ config, db, log, logger: false, version: 'test', webDir: null, notify });
  let system = await build();
  const t = {
    app: system.app,
    db,
    repos: system.repos,
    services: system.services,
    monitoring: system.monitoring,
    alerting: system.alerting,
    passwords: system.passwords,
    config,
    /** Stops everything and starts it again over the same database, as a server restart does. */
    async restart() {
      await system.stop();
      system = await build();
      Object.assign(t, { app: system.app, repos: system.repos, services: system.services, monitoring: system.monitoring, alerting: system.alerting, passwords: system.passwords });
    },
    async close() {
      await system.stop();
      await cleanup();
    },
  };
  return t;
}

export async function login(app: App, email: string, password: string): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (res.statusCode !== 200) throw new Error(`login ${email} failed: ${res.statusCode} ${res.body}`);
  return (res.json() as { token: string }).token;
}

/** Signs in as the default admin and changes its password; returns a bearer header. */
export async function adminAuth(app: App): Promise<{ authorization: string }> {
  const token = await login(app, DEFAULT_ADMIN.email, DEFAULT_ADMIN.password);
  const res = await app.inject({
    method: 'POST',
    url: '/api/auth/password',
    headers: { authorization: `Bearer ${token}` },
    payload: { currentPassword: DEFAULT_ADMIN.password, newPassword: ADMIN_PASSWORD },
  });
  if (res.statusCode !== 200) throw new Error(`password change failed: ${res.body}`);
  return { authorization: `Bearer ${token}` };
}

/** Creates a user with a role (no forced password change) and returns its bearer header. */
export async function userAuth(app: App, admin: { authorization: string }, role: 'operator' | 'viewer') {
  const email = `${role}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const res = await app.inject({
    method: 'POST',
    url: '/api/users',
    headers: admin,
    payload: { email, name: role, role, password: 'a-good-password', mustChangePassword: false },
  });
  if (res.statusCode !== 201) throw new Error(`user create failed: ${res.body}`);
  return { authorization: `Bearer ${await login(app, email, 'a-good-password')}` };
}
