import { sql } from 'kysely';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/load.js';
import { createDatabase } from '../test-support/built-server.js';
import { openDatabase } from './database.js';
import { withDatabase } from './pg-url.js';

// What scripts/lib.sh falls back to on a PostgreSQL with peer authentication only.
const SOCKET_URL = 'postgresql://postgres@/test?host=/var/run/postgresql';

describe('PostgreSQL URLs', () => {
  it('name another database in TCP and socket URLs alike', () => {
    expect(withDatabase('postgresql://postgres@127.0.0.1:5432/test', 'x_1')).toBe('postgresql://postgres@127.0.0.1:5432/x_1');
    expect(withDatabase('postgres://u:p%40ss@db.example:6543/test?sslmode=require', 'x')).toBe('postgres://u:p%40ss@db.example:6543/x?sslmode=require');
    expect(withDatabase('postgresql://root@/test?host=/var/run/postgresql', 'x')).toBe('postgresql://root@/x?host=/var/run/postgresql');
    expect(withDatabase('postgresql:///test?host=/run/postgresql', 'x')).toBe('postgresql:///x?host=/run/postgresql');
    expect(withDatabase('postgresql://h', 'x')).toBe('postgresql://h/x');
    expect(() => withDatabase('/var/run/postgresql', 'x')).toThrow('not a PostgreSQL URL');
  });

  it('the socket fallback: a test database created through it, and the server reaching it', async () => {
    const created = await createDatabase('postgres', 'torre_socket', SOCKET_URL);
    try {
      expect(created.url).toMatch(/^postgresql:\/\/postgres@\/torre_socket_[0-9a-f]{8}\?host=\/var\/run\/postgresql$/);
      const config = loadConfig({ DATABASE_URL: created.url }, '/nonexistent/.env');
      expect(config.database).toEqual({ kind: 'postgres', url: created.url });
      const db = openDatabase(config.database as { kind: 'postgres'; url: string });
      try {
        const c = new pg.Client({ connectionString: created.url });
        await c.connect();
        const { rows } = await c.query<{ db: string; socket: boolean }>('select current_database() as db, inet_server_addr() is null as socket');
        await c.end();
        expect(rows[0]).toEqual({ db: created.url!.split('/')[3]!.split('?')[0], socket: true });
        const { rows: viaServer } = await sql<{ db: string }>`select current_database() as db`.execute(db.kysely);
        expect(viaServer).toEqual([{ db: rows[0]!.db }]);
      } finally {
        await db.close();
      }
    } finally {
      await created.drop();
    }
  });
});
