import { startBuiltServer, type RunningServer } from '../../server/src/test-support/built-server.js';

export type { RunningServer };

/** The built server on a free loopback port, on the suite's database (TEST_DB). */
export function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  return startBuiltServer({ db: process.env.TEST_DB === 'postgres' ? 'postgres' : 'sqlite', env, prefix: 'torre_e2e' });
}
