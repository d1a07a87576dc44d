import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const BIN = (() => {
  const root = '/usr/lib/postgresql';
  const version = fs.existsSync(root) ? fs.readdirSync(root).sort((a, b) => Number(b) - Number(a))[0] : undefined;
  return version ? path.join(root, version, 'bin') : null;
})();

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

/** As the postgres user: PostgreSQL refuses to run as root. */
const asPostgres = (bin: string, args: string[]) =>
  execFileSync('runuser', ['-u', 'postgres', '--', path.join(BIN!, bin), ...args], { stdio: 'pipe', timeout: 60_000 }).toString();

export interface PgCluster {
  port: number;
  /** postgres database, trust authentication, over TCP on 127.0.0.1. */
  url: string;
  start(): void;
  stop(): void;
  remove(): void;
}

/**
 * A PostgreSQL cluster of the test's own, in a temporary directory on a free port from 5439,
 * so a test can stop and start a database without touching the shared one on 5432.
 */
export async function createPgCluster(): Promise<PgCluster> {
  if (!BIN) throw new Error('PostgreSQL server binaries not found under /usr/lib/postgresql');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'torre-pg-'));
  fs.chmodSync(dir, 0o755);
  execFileSync('chown', ['postgres:postgres', dir]);
  const data = path.join(dir, 'data');
  asPostgres('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8']);
  let port = 5439;
  while (!(await portIsFree(port))) port++;
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`;
  let running = false;
  const cluster: PgCluster = {
    port,
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    start() {
      asPostgres('pg_ctl', ['-D', data, '-o', opts, '-l', path.join(dir, 'log'), '-w', 'start']);
      running = true;
    },
    stop() {
      // fast: connected clients are disconnected, as in a restart or failover.
      asPostgres('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
      running = false;
    },
    remove() {
      if (running) {
        try {
          asPostgres('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
        } catch {
          // already gone
        }
        running = false;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
  cluster.start();
  return cluster;
}
