import type { Config } from './config/load.js';
import type { Db } from './db/database.js';
import { createRepos, createServices } from './services.js';
import { ensureDefaultAdmin } from './auth/bootstrap.js';
import { createLoginLimiters } from './auth/login-limiter.js';
import { buildApp, type AppDeps } from './http/app.js';
import { createMonitoring } from './monitoring/index.js';
import type { ProbeContext } from './probers/types.js';

type Log = ProbeContext['log'] & { warn: (o: object, m: string) => void; error: (o: object, m: string) => void };

/**
 * Everything over one migrated database: repositories, services, monitoring (resumed and,
 * with MONITORING=on, running) and the HTTP app. main.ts and the tests build the same thing.
 */
export async function createSystem(opts: { config: Config; db: Db; log: Log; logger: AppDeps['logger']; version: string; webDir: string | null }) {
  const { config, db } = opts;
  const repos = createRepos(db);
  const createdAdmin = await ensureDefaultAdmin(repos.users);
  await repos.sessions.removeExpired();
  const services = createServices(db, repos);
  const monitoring = createMonitoring({ config, repos, services, log: opts.log });
  await monitoring.start();
  const app = await buildApp({
    config,
    db,
    repos,
    services,
    monitoring,
    loginLimiters: createLoginLimiters(config),
    version: opts.version,
    webDir: opts.webDir,
    logger: opts.logger,
  });
  return {
    app,
    repos,
    services,
    monitoring,
    createdAdmin,
    async stop() {
      await monitoring.stop();
      await app.close();
    },
  };
}
