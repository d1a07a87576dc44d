import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, loadConfig } from './config/load.js';
import { createLogger } from './logger.js';
import { migrate, openDatabase, type Db } from './db/database.js';
import { databaseFault, describeTarget, startupFault } from './db/db-faults.js';
import { waitForDatabase } from './db/wait-for-database.js';
import { DEFAULT_ADMIN } from './auth/bootstrap.js';
import { createSystem } from './system.js';
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
  const here = path.dirname(fileURLToPath(import.meta.url));
  // Last line of defence: a database fault in some background task that let its promise go
  // unhandled must not end the process (Node's default). Anything else still does: it is a bug.
  process.on('unhandledRejection', (err) => {
    const cause = databaseFault(err);
    if (cause === null) throw err;
    logger.error({ cause }, 'unhandled database fault in a background task; carrying on');
  });
  const where = describeTarget(config.database);
  let db: Db | undefined;
  let system: Awaited<ReturnType<typeof createSystem>>;
  try {
    db = openDatabase(config.database, { log: logger });
    if (db.dialect === 'postgres') await waitForDatabase({ db, where, log: logger });
    const applied = await migrate(db);
    logger.info({ database: db.dialect, applied }, applied.length ? 'database migrated' : 'database schema up to date');
    system = await createSystem({
      config,
      db,
      log: logger,
      logger,
      version: VERSION,
      // server/dist/main.js and server/src/main.ts both sit two levels below the repository.
      webDir: path.resolve(here, '../../web/dist'),
    });
  } catch (err) {
    // A read-only directory, a full disk, a refused login: one line an operator can act on,
    // not a stack trace.
    const cause = startupFault(config.database, err);
    if (cause === null) throw err;
    process.stderr.write(`cannot use the database at ${where}: ${cause}\n`);
    process.exit(1);
  }
  if (system.createdAdmin) {
    logger.warn(`created the default admin ${DEFAULT_ADMIN.email} / ${DEFAULT_ADMIN.password}: sign in and change the password`);
  }
  const close = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await system.stop();
    await db?.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void close('SIGINT'));
  process.on('SIGTERM', () => void close('SIGTERM'));
  await system.app.listen({ port: config.PORT, host: config.HOST });
}

main().catch((err: unknown) => {
  process.stderr.write(`fatal: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
