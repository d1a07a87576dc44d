import { startBuiltServer, type RunningServer } from '../../server/src/test-support/built-server.js';
import type { Db } from '../../server/src/db/database.js';

export type { RunningServer };

/**
 * The built server on a free loopback port, on the suite's database (TEST_DB); `prepare` fills
 * the migrated database before the server starts.
 */
export function startServer(env: Record<string, string> = {}, prepare?: (db: Db) => Promise<void>): Promise<RunningServer> {
  return startBuiltServer({ db: process.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite', env, prefix: 'torre_e2e', prepare });
}
