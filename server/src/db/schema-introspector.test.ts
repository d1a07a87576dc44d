import { describe, expect, it } from 'vitest';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { createTestDb, TEST_DATABASE_URL } from '../test-support/test-db.js';

/** Creates and drops schemas (each with a table) in a loop until `stop()`; says how many. */
function churnSchemas() {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  let running = true;
  let count = 0;
  let firstDone: () => void = () => {};
  const started = new Promise<void>((resolve) => (firstDone = resolve));
  const done = (async () => {
    await client.connect();
    while (running) {
      const s = `churn_${process.pid}_${count++}`;
      await client.query(`create schema ${s}; create table ${s}.devices (id serial primary key)`);
      await client.query(`drop schema ${s} cascade`);
      firstDone();
    }
    await client.end();
  })();
  return {
    /** Resolves once the first schema has come and gone. */
    started,
    stop: async () => {
      running = false;
      await done;
      return count;
    },
  };
}

/** Runs `read` n times and counts the failures, with the first one's message. */
async function failures(n: number, read: () => Promise<unknown>) {
  let count = 0;
  let first = '';
  for (let i = 0; i < n; i++) {
    try {
      await read();
    } catch (e) {
      count++;
      first ||= String(e);
    }
  }
  return { count, first };
}

// PostgreSQL only by nature: this is the dialect's own introspector.
describe('PostgreSQL introspection of our schema only', () => {
  it('lists our tables and columns, and nothing from other schemas', async () => {
    const { db, cleanup } = await createTestDb('postgres');
    const other = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await other.connect();
    const elsewhere = `elsewhere_${process.pid}`;
    try {
      await other.query(`create schema ${elsewhere}; create table ${elsewhere}.intruder (id int)`);
      const tables = await db.kysely.introspection.getTables();
      const names = tables.map((t) => t.name);
      expect(names).toContain('devices');
      expect(names).not.toContain('intruder');
      expect(names).not.toContain('kysely_migration');
      expect(new Set(tables.map((t) => t.schema)).size).toBe(1);
      const devices = tables.find((t) => t.name === 'devices')!;
      const id = devices.columns.find((c) => c.name === 'id')!;
      const name = devices.columns.find((c) => c.name === 'name')!;
      expect(id).toMatchObject({ isAutoIncrementing: true, isNullable: false, hasDefaultValue: true });
      expect(name).toMatchObject({ isAutoIncrementing: false, isNullable: false, dataType: 'text' });
      const withInternal = await db.kysely.introspection.getTables({ withInternalKyselyTables: true });
      expect(withInternal.map((t) => t.name)).toContain('kysely_migration');
    } finally {
      await other.query(`drop schema if exists ${elsewhere} cascade`);
      await other.end();
      await cleanup();
    }
  });

  it('keeps working, migrations included, while other schemas are created and dropped', async () => {
    const stock = new Kysely({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: TEST_DATABASE_URL, max: 1 }) }) });
    const { db, cleanup } = await createTestDb('postgres');
    const churn = churnSchemas();
    try {
      await churn.started;
      // Kysely's own introspector under the same churn: this is the failure we guard against,
      // and it shows the churn is fierce enough to catch it.
      const before = await failures(300, () => stock.introspection.getTables({ withInternalKyselyTables: true }));
      const ours = await failures(300, () => db.kysely.introspection.getTables({ withInternalKyselyTables: true }));
      const fresh = await failures(5, async () => (await createTestDb('postgres')).cleanup());
      expect(before.count).toBeGreaterThan(0);
      expect(before.first).toMatch(/schema "churn_\d+_\d+" does not exist/);
      expect(ours).toEqual({ count: 0, first: '' });
      expect(fresh).toEqual({ count: 0, first: '' });
    } finally {
      expect(await churn.stop()).toBeGreaterThan(10);
      await stock.destroy();
      await cleanup();
    }
    // 600 introspections and 5 migrations under churn: seconds alone, more on a busy 2-core machine.
  }, 90_000);
});
