import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { migrate, openDatabase, type Db } from '../db/database.js';
import { withDatabase } from '../db/pg-url.js';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** The flags Node runs the server with (server/node-flags, read by scripts/start.sh too). */
export const serverNodeFlags = (): string[] => fs.readFileSync(path.join(ROOT, 'server/node-flags'), 'utf8').trim().split(/\s+/);
const PG_URL = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
    srv.on('error', reject);
  });
}

async function adminQuery(q: string, adminUrl: string) {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    await c.query(q);
  } finally {
    await c.end();
  }
}

/**
 * A new PostgreSQL database for the server under test, or none (SQLite in its data dir).
 * `adminUrl` may be a socket URL (scripts/lib.sh's fallback on a peer-auth-only machine).
 */
export async function createDatabase(kind: 'sqlite' | 'postgres', prefix: string, adminUrl = PG_URL): Promise<{ url?: string; drop: () => Promise<void> }> {
  if (kind !== 'postgres') return { drop: async () => {} };
  const name = `${prefix}_${crypto.randomBytes(4).toString('hex')}`;
  await adminQuery(`create database ${name}`, adminUrl);
  return { url: withDatabase(adminUrl, name), drop: () => adminQuery(`drop database if exists ${name} with (force)`, adminUrl) };
}

export interface RunningServer {
  baseUrl: string;
  pid: number;
  dataDir: string;
  databaseUrl: string | undefined;
  /** Everything the server wrote so far (unless inheritOutput). */
  output(): string;
  /** The process has not exited. */
  alive(): boolean;
  /** kill -9, keeping the data dir and database for a restart (`reuse`). */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts the built server (server/dist, serving web/dist) as a user would, on a free loopback
 * port, with a fresh data dir and database. Map tiles point at a closed loopback port, so the
 * map must work without tiles and nothing leaves the machine. Used by the browser tests and
 * the benchmarks.
 */
export async function startBuiltServer(opts: {
  db: 'sqlite' | 'postgres';
  env?: Record<string, string>;
  /** Node's own arguments (V8 flags); by default those of server/node-flags, as scripts/start.sh gives them. */
  nodeArgs?: string[];
  inheritOutput?: boolean;
  prefix?: string;
  /** Runs server/src/main.ts through tsx instead of server/dist: server tests need no build. */
  source?: boolean;
  /** Hears the server's output as it comes, before it answers (a test waiting for a log line). */
  onOutput?: (chunk: string) => void;
  /** How long to wait for /healthz (a test may start the database meanwhile); 20 s by default. */
  startTimeoutMs?: number;
  /** Fills the migrated database before the server starts (history a test needs it to find at start-up). */
  prepare?: (db: Db) => Promise<void>;
  /** Restarts on a killed server's data dir and database (stop() then removes them). */
  reuse?: RunningServer;
}): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = opts.reuse?.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'torre-server-'));
  const db = opts.reuse ? { url: opts.reuse.databaseUrl, drop: () => opts.reuse!.stop() } : await createDatabase(opts.db, opts.prefix ?? 'torre_run');
  if (opts.prepare) {
    const target = openDatabase(db.url ? { kind: 'postgres', url: db.url } : { kind: 'sqlite', file: path.join(dataDir, 'torre.db') });
    try {
      await migrate(target);
      await opts.prepare(target);
    } finally {
      await target.close();
    }
  }
  const entry = opts.source ? ['--import', pathToFileURL(path.join(ROOT, 'node_modules/tsx/dist/loader.mjs')).href, path.join(ROOT, 'server/src/main.ts')] : [path.join(ROOT, 'server/dist/main.js')];
  const child: ChildProcess = spawn(process.execPath, [...(opts.nodeArgs ?? serverNodeFlags()), ...entry], {
    cwd: dataDir,
    env: {
      PATH: process.env.PATH,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_FILE: 'off',
      LOG_LEVEL: 'warn',
      MAP_TILE_URL: 'http://127.0.0.1:9/{z}/{x}/{y}.png',
      // Nothing leaves this machine: no synthetic checks to public resolvers, no real Telegram.
      SYNTHETIC_DEFAULT_TARGETS: 'none',
      TELEGRAM_API_URL: 'http://127.0.0.1:9',
      ...(db.url && { DATABASE_URL: db.url }),
      ...opts.env,
    },
    stdio: ['ignore', opts.inheritOutput ? 'inherit' : 'pipe', opts.inheritOutput ? 'inherit' : 'pipe'],
  });
  let output = '';
  const hear = (d: Buffer) => {
    output += d;
    opts.onOutput?.(String(d));
  };
  child.stdout?.on('data', hear);
  child.stderr?.on('data', hear);
  const baseUrl = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
    try {
      if ((await fetch(`${baseUrl}/healthz`)).status < 500) break;
    } catch {
      // not listening yet
    }
    if (i > (opts.startTimeoutMs ?? 20_000) / 100) throw new Error(`server did not start: ${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    baseUrl,
    pid: child.pid!,
    dataDir,
    databaseUrl: db.url,
    output: () => output,
    alive: () => child.exitCode === null && child.signalCode === null,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await new Promise((r) => child.once('exit', r));
      }
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => child.once('exit', r));
      }
      await db.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
