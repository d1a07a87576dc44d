import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, Migrator, SqliteDialect, sql } from 'kysely';
import type { Database } from './types.js';
import type { DialectName } from './dialect.js';
import { migrationProvider } from './migrations/index.js';
import { CurrentSchemaPostgresDialect } from './schema-introspector.js';
import { createPgPool, type PoolLog } from './pg-pool.js';

export interface Db {
  kysely: Kysely<Database>;
  dialect: DialectName;
  close(): Promise<void>;
}

export type DatabaseTarget = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; schema?: string };

// PostgreSQL int8 (count(*)) comes back as a string by default; our counts fit in a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

/** Closing twice (a shutdown racing a test's cleanup) is harmless. */
const once = (fn: () => Promise<void>) => {
  let done: Promise<void> | undefined;
  return () => (done ??= fn());
};

/** `log` hears about PostgreSQL connections lost between queries (they never end the process). */
export function openDatabase(target: DatabaseTarget, opts: { log?: PoolLog } = {}): Db {
  if (target.kind === 'sqlite') {
    if (target.file !== ':memory:') fs.mkdirSync(path.dirname(target.file), { recursive: true });
    const sqlite = new SQLite(target.file);
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    return { kysely, dialect: 'sqlite', close: once(() => kysely.destroy()) };
  }
  const pool = createPgPool({ url: target.url, schema: target.schema, log: opts.log });
  const kysely = new Kysely<Database>({ dialect: new CurrentSchemaPostgresDialect({ pool }) });
  return { kysely, dialect: 'postgres', close: once(() => kysely.destroy()) };
}

/** Applies pending migrations; running it again is a no-op. Returns the names applied now. */
export async function migrate(db: Db): Promise<string[]> {
  // Kysely looks for its bookkeeping tables in every schema; pin them to ours, so another
  // application (or test) using Kysely in the same PostgreSQL database is not mistaken for us.
  const schema =
    db.dialect === 'postgres' ? (await sql<{ s: string }>`select current_schema() as s`.execute(db.kysely)).rows[0]?.s : undefined;
  const migrator = new Migrator({
    db: db.kysely,
    provider: migrationProvider(db.dialect),
    ...(schema && { migrationTableSchema: schema }),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

export async function ping(db: Db): Promise<boolean> {
  return (await pingReason(db)) === null;
}

/** null when the database answers `select 1` within `timeoutMs`, else why not. */
export async function pingReason(db: Db, timeoutMs = 3000): Promise<string | null> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve(`no answer within ${timeoutMs} ms`), timeoutMs);
  });
  try {
    return await Promise.race([
      sql`select 1`.execute(db.kysely).then(
        () => null,
        (err: unknown) => (err instanceof Error ? err.message : String(err)),
      ),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
