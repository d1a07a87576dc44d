import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { TEST_DATABASE_URL } from '../test-support/test-db.js';
import { databaseFault, describeTarget, isPassingFault } from './db-faults.js';

/** The error a real call throws. */
async function errorOf(fn: () => unknown): Promise<unknown> {
  try {
    await fn();
  } catch (err) {
    return err;
  }
  throw new Error('did not throw');
}

async function pgError(url: string, query = 'select 1') {
  const c = new pg.Client({ connectionString: url });
  return errorOf(async () => {
    try {
      await c.connect();
      await c.query(query);
    } finally {
      await c.end().catch(() => {});
    }
  });
}

describe('database faults', () => {
  it('knows SQLite storage faults from other SQLite errors', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'torre-faults-'));
    try {
      const file = path.join(dir, 'x.db');
      new SQLite(file).exec('create table t (x integer primary key)');
      const ro = new SQLite(file, { readonly: true });
      expect(databaseFault(await errorOf(() => ro.exec('insert into t values (1)')))).toMatch(/^the database or its directory is read-only \(SQLITE_READONLY/);
      const rw = new SQLite(file);
      rw.exec('insert into t values (1)');
      expect(databaseFault(await errorOf(() => rw.exec('insert into t values (1)')))).toBeNull(); // a constraint: the caller's problem
      // A directory where the file should be.
      expect(databaseFault(await errorOf(() => new SQLite(dir)))).toBe('the database file cannot be opened (SQLITE_CANTOPEN: unable to open database file)');
      ro.close();
      rw.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('knows a PostgreSQL that is away (passing) from one that refuses this login (not passing)', async () => {
    const refused = await pgError('postgresql://postgres@127.0.0.1:9/x');
    expect(databaseFault(refused)).toBe('connection refused (ECONNREFUSED)');
    expect(isPassingFault(refused)).toBe(true);

    const noDb = await pgError(TEST_DATABASE_URL.replace(/\/[^/]*$/, '/torre_no_such_database'));
    expect(databaseFault(noDb)).toMatch(/^the database does not exist \(3D000/);
    expect(isPassingFault(noDb)).toBe(false);

    expect(databaseFault(await pgError(TEST_DATABASE_URL, 'select * from torre_no_such_table'))).toBeNull();
    expect(databaseFault(new Error('boom'))).toBeNull();
  });

  it('names the database without its password', () => {
    expect(describeTarget({ kind: 'postgres', url: 'postgresql://torre:s3cret@db:5432/torre' })).toBe('postgresql://torre:***@db:5432/torre');
    expect(describeTarget({ kind: 'sqlite', file: 'data/torre.db' })).toBe(path.resolve('data/torre.db'));
  });
});
