import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig } from './config/load.js';
import { createLogger } from './logger.js';
import { migrate, openDatabase } from './db/database.js';
import { createRepos, createServices } from './services.js';
import { ensureDefaultAdmin, DEFAULT_ADMIN } from './auth/bootstrap.js';
import { createLoginLimiters } from './auth/login-limiter.js';
import { buildApp } from './http/app.js';
import { createMonitoring } from './monitoring/index.js';
import { VERSION } from './version.js';

async function main() {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  const logger = createLogger(config);
  if (config.database.kind === 'postgres' && config.database.normalisedFrom) {
    logger.warn(`DATABASE_URL uses the ${config.database.normalisedFrom}:// scheme; using it as postgresql://`);
  }
  const db = openDatabase(config.database);
  const applied = await migrate(db);
  logger.info({ database: db.dialect, applied }, applied.length ? 'database migrated' : 'database schema up to date');
  const repos = createRepos(db);
  if (await ensureDefaultAdmin(repos.users)) {
    logger.warn(`created the default admin ${DEFAULT_ADMIN.email} / ${DEFAULT_ADMIN.password}: sign in and change the password`);
  }
  await repos.sessions.removeExpired();
  const here = path.dirname(fileURLToPath(import.meta.url));
  const services = createServices(db, repos);
  const monitoring = createMonitoring({ config, repos, services, log: logger });
  await monitoring.start();
  const app = await buildApp({
    config,
    db,
    repos,
    services,
    monitoring,
    loginLimiters: createLoginLimiters(config),
    version: VERSION,
    // server/dist/main.js and server/src/main.ts both sit two levels below the repository.
    webDir: path.resolve(here, '../../web/dist'),
    logger,
  });
  const close = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await monitoring.stop();
    await app.close();
    await db.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void close('SIGINT'));
  process.on('SIGTERM', () => void close('SIGTERM'));
  await app.listen({ port: config.PORT, host: config.HOST });
}

main().catch((err: unknown) => {
  process.stderr.write(`fatal: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
