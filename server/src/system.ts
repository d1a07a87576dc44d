import type { Config } from './config/load.js';
import type { Db } from './db/database.js';
import { createRepos, createServices } from './services.js';
import { ensureDefaultAdmin } from './auth/bootstrap.js';
import { createLoginLimiter } from './auth/login-limiter.js';
import { createPasswords } from './auth/passwords.js';
import { buildApp, type AppDeps } from './http/app.js';
import { createMonitoring } from './monitoring/index.js';
import { createAlerting } from './alerting/index.js';
import type { ProbeContext } from './probers/types.js';

type Log = ProbeContext['log'] & { warn: (o: object, m: string) => void; error: (o: object, m: string) => void };

/**
 * Everything over one migrated database: repositories, services, monitoring (resumed and,
 * with MONITORING=on, running) and the HTTP app. main.ts and the tests build the same thing.
 */
export async function createSystem(opts: {
  config: Config;
  db: Db;
  log: Log;
  logger: AppDeps['logger'];
  version: string;
  webDir: string | null;
  /** Where alert notifications go (tests listen here; the outbox otherwise). */
  notify?: Parameters<typeof createAlerting>[0]['notify'];
}) {
  const { config, db } = opts;
  const repos = createRepos(db);
  const createdAdmin = await ensureDefaultAdmin(repos.users);
  await repos.sessions.removeExpired();
  const services = createServices(db, repos);
  const monitoring = createMonitoring({ config, repos, services, log: opts.log });
  // Alerting listens before the first round runs.
  const alerting = createAlerting({ config, repos, services, monitoring, db: db.kysely, log: opts.log, notify: opts.notify });
  await alerting.start();
  await monitoring.start();
  // A queue of 100 absorbs a burst of honest sign-ins; a flood beyond it is refused at once.
  const passwords = createPasswords({ concurrency: config.LOGIN_HASH_CONCURRENCY, queue: 100 });
  const app = await buildApp({
    config,
    db,
    repos,
    services,
    monitoring,
    alerting,
    loginLimiter: createLoginLimiter(config),
    passwords,
    version: opts.version,
    webDir: opts.webDir,
    logger: opts.logger,
  });
  return {
    app,
    repos,
    services,
    monitoring,
    alerting,
    createdAdmin,
    passwords,
    async stop() {
      await monitoring.stop();
      await alerting.stop();
      await app.close();
    },
  };
}
