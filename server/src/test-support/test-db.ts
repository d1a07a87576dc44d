import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { migrate, openDatabase, type Db } from '../db/database.js';

/** Which database the suite runs against: TEST_DB=sqlite (default) or TEST_DB=postgres. */
export const TEST_DB = (process.env.TEST_DB ?? 'sqlite') as 'sqlite' | 'postgres';
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test';

/**
 * A fresh, migrated database for one test: a temporary SQLite file, or a PostgreSQL schema
 * of its own in the local server. `cleanup` removes it.
 */
export async function createTestDb(kind: 'sqlite' | 'postgres' = TEST_DB): Promise<{ db: Db; cleanup: () => Promise<void> }> {
  if (kind === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'torre-test-'));
    const db = openDatabase({ kind: 'sqlite', file: path.join(dir, 'test.db') });
    await migrate(db);
    return {
      db,
      cleanup: async () => {
        await db.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const schema = `t_${crypto.randomBytes(6).toString('hex')}`;
  const db = openDatabase({ kind: 'postgres', url: TEST_DATABASE_URL, schema });
  // Other test files create and drop their schemas meanwhile: migrate() looks only at this one
  // (db/schema-introspector.ts).
  await sql.raw(`create schema if not exists ${schema}`).execute(db.kysely);
  await migrate(db);
  return {
    db,
    cleanup: async () => {
      await db.close();
      const c = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await c.connect();
      await c.query(`drop schema ${schema} cascade`);
      await c.end();
    },
  };
}
