import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../db/database.js';
import { createOutboxRepo, type OutboxRepo } from '../db/repos/outbox.js';
import { startFakeTelegram, type FakeTelegram } from '../test-support/fake-telegram.js';
import { createTestDb, TEST_DB } from '../test-support/test-db.js';
import { createTelegramNotifier } from './notifiers/telegram.js';
import { createOutboxWorker, type OutboxWorkerOptions } from './outbox-worker.js';
import { possibleRepeat } from './possible-repeat.js';

const TOKEN = '42:outbox-test';
const silent = { warn: () => {}, error: () => {} };

async function until(check: () => boolean | Promise<boolean>, timeoutMs = 4000) {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe(`outbox worker with the fake Telegram (${TEST_DB})`, () => {
  let fake: FakeTelegram;
  let outbox: OutboxRepo;
  let db: Db;
  let cleanup: () => Promise<void>;
  const stops: (() => Promise<void>)[] = [];

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
    fake = await startFakeTelegram({ token: TOKEN });
  });
  afterEach(async () => {
    for (const stop of stops.splice(0)) await stop();
    await fake.close();
  });

  /** A started worker with test-sized timings unless told otherwise. */
  const worker = (o: Partial<OutboxWorkerOptions> = {}) => {
    const w = createOutboxWorker({
      outbox,
      notifiers: [createTelegramNotifier({ apiUrl: fake.url, token: TOKEN, timeoutMs: 1000 })],
      log: silent,
      minIntervalMsPerTarget: 0,
      backoff: { baseMs: 10, maxMs: 40 },
      pollMs: 10,
      ...o,
    });
    w.start();
    stops.push(() => w.stop());
    return w;
  };
  const enqueue = (chat: string, texts: string[]) => outbox.enqueue(texts.map((text) => ({ channel: 'telegram', target: chat, payload: { text } })));
  const delivered = (chat?: string) => fake.delivered().filter((c) => chat === undefined || c.chatId === chat).map((c) => c.text);

  it('Telegram answering 500 for a while → every message delivered afterwards, in order, once', async () => {
    const texts = ['m1', 'm2', 'm3', 'm4', 'm5'];
    fake.fail500(6);
    await enqueue('100', texts);
    worker();
    await until(() => delivered().length === texts.length);
    await until(async () => (await outbox.pending()) === 0);
    expect(delivered('100')).toEqual(texts);
    // the head message blocked the rest while failing: nothing overtook it
    expect(fake.calls.slice(0, 7).map((c) => c.text)).toEqual(['m1', 'm1', 'm1', 'm1', 'm1', 'm1', 'm1']);
    expect(fake.calls).toHaveLength(texts.length + 6);
    expect((await outbox.list()).every((m) => m.state === 'sent')).toBe(true);
  });

  it('429 retry_after is honoured: the retry comes no sooner', async () => {
    fake.fail429(1, 1);
    await enqueue('100', ['m1', 'm2']);
    worker();
    await until(() => delivered().length === 2);
    const [refused, retry] = fake.calls;
    expect(refused).toMatchObject({ text: 'm1', status: 429 });
    expect(retry).toMatchObject({ text: 'm1', status: 200 });
    expect(retry!.at - refused!.at).toBeGreaterThanOrEqual(1000);
    expect(delivered()).toEqual(['m1', 'm2']);
  });

  it('restart loses none and sends none twice', async () => {
    const texts = Array.from({ length: 6 }, (_, i) => `m${i + 1}`);
    await enqueue('100', texts);
    fake.setLatency(150);
    const first = worker();
    // stop while the third message is at Telegram, its answer not back yet
    await until(() => fake.calls.length === 3);
    await first.stop();
    expect(delivered()).toEqual(['m1', 'm2', 'm3']);
    // stop() waited for that answer and recorded it
    expect(await outbox.pending()).toBe(3);

    fake.setLatency(0);
    worker();
    await until(async () => (await outbox.pending()) === 0);
    expect(delivered()).toEqual(texts);
    expect(fake.calls).toHaveLength(texts.length);
  });

  it('two chats: a failing chat does not block the other; a permanent failure does not block its own', async () => {
    fake.fail500(1000, 'A');
    await enqueue('A', ['a1', 'a2']);
    await enqueue('B', ['b1', 'b2', 'b3']);
    worker();
    await until(() => delivered('B').length === 3);
    expect(delivered('A')).toEqual([]);
    expect(fake.calls.filter((c) => c.chatId === 'A').every((c) => c.text === 'a1')).toBe(true);

    // Telegram now refuses a1 for good: it is given up, with the reason, and a2 goes out.
    fake.clearFailures();
    fake.failWith(1, 403, 'Forbidden: bot was kicked from the group chat', 'A');
    await until(async () => (await outbox.pending()) === 0);
    expect(delivered('A')).toEqual(['a2']);
    const [dead] = await outbox.list({ state: 'dead' });
    expect(dead).toMatchObject({ target: 'A', payload: { text: 'a1' }, lastError: 'Telegram 403: Forbidden: bot was kicked from the group chat' });
  });

  it('a chat whose requests hang holds back only itself', async () => {
    fake.setLatency(3000, 'A'); // past the notifier's 1 s timeout
    await enqueue('A', ['a1']);
    await enqueue('B', ['b1', 'b2', 'b3']);
    const started = Date.now();
    worker();
    await until(() => delivered('B').length === 3);
    expect(Date.now() - started).toBeLessThan(800);
    // a1 is still waiting for its answer (b3's "sent" may be recorded a moment after Telegram took it)
    await until(async () => (await outbox.list({ state: 'pending' })).every((m) => m.target === 'A'), 500);
    expect((await outbox.list({ state: 'pending' })).map((m) => m.target)).toEqual(['A']);
  });

  it('keeps the per-chat pace of about one message per second, chats in parallel', async () => {
    await enqueue('A', ['a1', 'a2', 'a3']);
    await enqueue('B', ['b1', 'b2', 'b3']);
    worker({ minIntervalMsPerTarget: undefined }); // the default
    await until(() => delivered().length === 6);
    for (const chat of ['A', 'B']) {
      const at = fake.delivered().filter((c) => c.chatId === chat).map((c) => c.at);
      for (let i = 1; i < at.length; i++) {
        expect(at[i]! - at[i - 1]!).toBeGreaterThanOrEqual(1000);
        expect(at[i]! - at[i - 1]!).toBeLessThan(1600);
      }
    }
    // the two chats are paced separately, not one after the other
    const first = (chat: string) => fake.delivered().find((c) => c.chatId === chat)!.at;
    expect(Math.abs(first('A') - first('B'))).toBeLessThan(300);
  });

  it('records the send as begun before the call; one left begun by a crash goes again as a possible repeat, once', async () => {
    const [inDoubt] = await enqueue('100', ['m1']);
    // What a crash during the call leaves behind: begun, outcome never recorded.
    await outbox.markSending([inDoubt!], Date.now() - 1000);
    await enqueue('100', ['m2']);
    const warnings: string[] = [];
    fake.setLatency(300);
    worker({ possibleRepeat: possibleRepeat('en'), log: { ...silent, warn: (_o, m) => warnings.push(m) } });
    await until(() => fake.calls.length === 1);
    // Mid-call, the new attempt is on record as begun.
    expect((await outbox.list()).find((m) => m.id === inDoubt)!.sendingAt).not.toBeNull();
    await until(() => delivered().length === 2);
    await until(async () => (await outbox.pending()) === 0);
    expect(delivered()).toEqual(['m1\n\n<i>Sent again after Torre restarted: it may have arrived already.</i>', 'm2']);
    expect(await outbox.inDoubt()).toBe(0);
    expect(warnings).toContain('notifications were being sent when the server stopped; sending them again as possible repeats');
  });
});
