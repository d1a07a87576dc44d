import { describe, expect, it } from 'vitest';
import { TEST_DATABASE_URL } from '../test-support/test-db.js';
import { openDatabase } from './database.js';
import { waitForDatabase } from './wait-for-database.js';

function recorder() {
  const lines: string[] = [];
  return { lines, log: { info: (_o: object, m: string) => lines.push(`info ${m}`), warn: (_o: object, m: string) => lines.push(`warn ${m}`) } };
}

describe('waiting for the database at start-up', () => {
  it('retries a refused connection with doubling delays up to the cap, saying so each time', async () => {
    // Port 9 on loopback: nothing listens, the kernel refuses at once.
    const db = openDatabase({ kind: 'postgres', url: 'postgresql://postgres@127.0.0.1:9/torre' });
    const { lines, log } = recorder();
    const delays: number[] = [];
    const stop = new Error('stop waiting');
    try {
      await expect(
        waitForDatabase({
          db,
          where: 'postgresql://postgres@127.0.0.1:9/torre',
          log,
          maxDelayMs: 3000,
          sleep: async (ms) => {
            delays.push(ms);
            if (delays.length === 5) throw stop;
          },
        }),
      ).rejects.toBe(stop);
    } finally {
      await db.close();
    }
    expect(delays).toEqual([500, 1000, 2000, 3000, 3000]);
    expect(lines).toHaveLength(5);
    expect(lines[0]).toBe('warn waiting for the database at postgresql://postgres@127.0.0.1:9/torre: connection refused (ECONNREFUSED); trying again in 0.5 s');
  });

  it('does not wait for a database that does not exist: waiting cannot fix that', async () => {
    const db = openDatabase({ kind: 'postgres', url: TEST_DATABASE_URL.replace(/\/[^/]*$/, '/torre_no_such_database') });
    const { lines, log } = recorder();
    try {
      await expect(waitForDatabase({ db, where: 'x', log, sleep: async () => {} })).rejects.toMatchObject({ code: '3D000' });
    } finally {
      await db.close();
    }
    expect(lines).toEqual([]);
  });
});
