import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { migrate, openDatabase, ping } from './database.js';
import { createTestDb, TEST_DB } from '../test-support/test-db.js';

describe(`database (${TEST_DB})`, () => {
  it('migrates once; running the migrations again is a no-op that keeps the data', async () => {
    const { db, cleanup } = await createTestDb();
    try {
      await db.kysely
        .insertInto('towers')
        .values({ name: 'Serra Azul', latitude: -23.5, longitude: -46.6, created_at: new Date().toISOString(), updated_at: new Date().toISOString() })
        .execute();
      expect(await migrate(db)).toEqual([]);
      expect(await db.kysely.selectFrom('towers').select('name').execute()).toEqual([{ name: 'Serra Azul' }]);
      expect(await ping(db)).toBe(true);
    } finally {
      await cleanup();
    }
  });
});

describe('SQLite storage', () => {
  it('creates the file in DATA_DIR in WAL mode', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'torre-wal-'));
    const db = openDatabase({ kind: 'sqlite', file: path.join(dir, 'sub', 'torre.db') });
    expect(await migrate(db)).toEqual(['0001-inventory', '0002-monitoring', '0003-snmp', '0004-alerting', '0005-synthetic', '0006-anomaly', '0007-outbox-sending', '0008-tower-status', '0009-tower-pending-uplink']);
    const { rows } = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(db.kysely);
    expect(rows[0]?.journal_mode).toBe('wal');
    await db.close();
    expect(fs.existsSync(path.join(dir, 'sub', 'torre.db'))).toBe(true);
    fs.rmSync(dir, { recursive: true });
  });
});
