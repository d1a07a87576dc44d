import { describe, expect, it } from 'vitest';
import SQLite from 'better-sqlite3';
import { createWriteHealth } from './write-health.js';

function setup() {
  let t = Date.parse('2026-12-07T12:00:00Z');
  const lines: string[] = [];
  const log = { info: (_o: object, m: string) => lines.push(`info ${m}`), warn: (_o: object, m: string) => lines.push(`warn ${m}`), error: (_o: object, m: string) => lines.push(`error ${m}`) };
  const writes = createWriteHealth({ log, now: () => t });
  return { writes, lines, advance: (ms: number) => (t += ms) };
}

/** A real SQLITE_FULL: a database not allowed to grow by one page. */
function fullDatabase() {
  const db = new SQLite(':memory:');
  db.exec('create table t (x text)');
  db.pragma(`max_page_count = ${db.pragma('page_count', { simple: true }) as number}`);
  return () => db.prepare('insert into t values (?)').run('x'.repeat(10_000));
}

describe('write health', () => {
  it('counts dropped writes, logs once when they start failing, reminds each minute, and once when they recover', async () => {
    const { writes, lines, advance } = setup();
    const insert = fullDatabase();
    expect(await writes.track('ping round', async () => insert())).toBeUndefined();
    advance(30_000);
    await writes.track('ping round', async () => insert());
    expect(writes.snapshot()).toEqual({ failing: true, since: '2026-12-07T12:00:00.000Z', lastError: expect.stringMatching(/^the disk is full \(SQLITE_FULL/), dropped: 2, refusedRequests: 0 });
    expect(lines).toEqual([expect.stringMatching(/^error database writes are failing \(the disk is full .*\): ping round dropped/)]);
    advance(30_000);
    await writes.track('ping round', async () => insert());
    expect(lines[1]).toBe('warn database writes still failing (the disk is full (SQLITE_FULL: database or disk is full)): 3 writes dropped so far');
    expect(await writes.track('ping round', async () => 7)).toBe(7);
    expect(lines[2]).toBe('info database writes work again; 3 writes were dropped meanwhile');
    expect(writes.snapshot()).toMatchObject({ failing: false, since: null, dropped: 3 });
  });

  it('throws errors that are not database faults (bugs stay loud)', async () => {
    const { writes } = setup();
    await expect(writes.track('ping round', async () => JSON.parse('{'))).rejects.toThrow(SyntaxError);
    expect(writes.snapshot().failing).toBe(false);
  });

  it('counts API requests refused, and a successful API write clears the failure', () => {
    const { writes } = setup();
    try {
      fullDatabase()();
    } catch (err) {
      writes.refused('POST /api/towers', err);
    }
    expect(writes.snapshot()).toMatchObject({ failing: true, refusedRequests: 1, dropped: 0 });
    writes.succeeded();
    expect(writes.snapshot().failing).toBe(false);
  });
});
