import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDb, TEST_DB } from '../../test-support/test-db.js';
import type { Db } from '../database.js';
import { createOutboxRepo, type OutboxRepo } from './outbox.js';

describe(`notification outbox (${TEST_DB})`, () => {
  let db: Db;
  let cleanup: () => Promise<void>;
  let outbox: OutboxRepo;
  const t0 = Date.parse('2030-01-01T00:00:00.000Z');

  // One database for the file (migrating a PostgreSQL schema is the slow part), emptied per test.
  beforeAll(async () => {
    ({ db, cleanup } = await createTestDb());
    outbox = createOutboxRepo(db.kysely);
  });
  afterAll(async () => {
    await cleanup();
  });
  beforeEach(async () => {
    await db.kysely.deleteFrom('notification_outbox').execute();
  });

  const msg = (target: string, text: string, dedupeKey?: string) => ({ channel: 'telegram', target, payload: { text }, ...(dedupeKey && { dedupeKey }) });
  const texts = (rows: { payload: unknown }[]) => rows.map((r) => (r.payload as { text: string }).text);

  it('queues in order with numeric ids, and skips a dedupe key it already holds', async () => {
    const first = await outbox.enqueue([msg('1', 'a', 'alert:1:down'), msg('1', 'b'), msg('1', 'b2')], t0);
    expect(first).toHaveLength(3);
    expect(first.every((id) => typeof id === 'number')).toBe(true);
    expect(first).toEqual([...first].sort((x, y) => x - y));
    // A restart re-deriving the same notification queues nothing; a duplicate inside one batch neither.
    const again = await outbox.enqueue([msg('1', 'a again', 'alert:1:down'), msg('2', 'c', 'alert:2:down'), msg('2', 'c again', 'alert:2:down')], t0);
    expect(again).toHaveLength(1);
    const rows = await outbox.list();
    expect(texts(rows)).toEqual(['a', 'b', 'b2', 'c']);
    expect(rows[0]).toMatchObject({ channel: 'telegram', target: '1', dedupeKey: 'alert:1:down', createdAt: t0, nextAttemptAt: t0, attempts: 0, sentAt: null, state: 'pending' });
    expect(await outbox.pending()).toBe(4);
  });

  it('offers only the oldest unsent message of each target, when due', async () => {
    await outbox.enqueue([msg('A', 'a1'), msg('B', 'b1'), msg('A', 'a2'), msg('B', 'b2')], t0);
    expect(await outbox.due(t0 - 1, 10)).toEqual([]);
    const heads = await outbox.due(t0, 10);
    expect(texts(heads)).toEqual(['a1', 'b1']);

    // a1 waits in backoff: a2 must not overtake it.
    await outbox.markFailed(heads[0]!.id, 'Telegram 500', t0 + 5000);
    await outbox.markSent(heads[1]!.id, t0 + 10);
    expect(texts(await outbox.due(t0 + 20, 10))).toEqual(['b2']);
    const retried = await outbox.due(t0 + 5000, 10);
    expect(texts(retried)).toEqual(['a1', 'b2']);
    expect(retried[0]).toMatchObject({ attempts: 1, lastError: 'Telegram 500', nextAttemptAt: t0 + 5000 });
    expect(texts(await outbox.due(t0 + 5000, 1))).toEqual(['a1']);

    const [sent] = await outbox.list({ state: 'sent' });
    expect(sent).toMatchObject({ sentAt: t0 + 10, attempts: 1, state: 'sent' });
  });

  it('a dead message keeps its error and no longer blocks its target', async () => {
    const [a1] = await outbox.enqueue([msg('A', 'a1'), msg('A', 'a2')], t0);
    await outbox.markDead(a1!, 'Telegram 400: Bad Request: chat not found');
    expect(texts(await outbox.due(t0 + 1e12, 10))).toEqual(['a2']);
    expect(await outbox.pending()).toBe(1);
    const [dead] = await outbox.list({ state: 'dead' });
    expect(dead).toMatchObject({ id: a1, state: 'dead', attempts: 1, lastError: 'Telegram 400: Bad Request: chat not found', sentAt: null });
  });

  it('expires sent and dead messages, never pending ones', async () => {
    const [sent, dead] = await outbox.enqueue([msg('A', 'sent'), msg('B', 'dead'), msg('C', 'pending')], t0);
    await outbox.markSent(sent!, t0);
    await outbox.markDead(dead!, 'Telegram 403: Forbidden: bot was blocked by the user');
    expect(await outbox.expire(t0)).toBe(0);
    expect(await outbox.expire(t0 + 1)).toBe(2);
    expect(texts(await outbox.list())).toEqual(['pending']);
  });
});
