import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/database.js';
import { createOutboxRepo } from '../db/repos/outbox.js';
import { startFakeTelegram, type FakeTelegram } from '../test-support/fake-telegram.js';
import { createTestDb, TEST_DB } from '../test-support/test-db.js';
import { createTelegramNotifier } from './notifiers/telegram.js';
import { createOutboxWorker } from './outbox-worker.js';
import { stormGrouping } from './storm.js';

const TOKEN = '42:storm-test';
const silent = { warn: () => {}, error: () => {} };

describe(`alert storms on Telegram (${TEST_DB})`, () => {
  let fake: FakeTelegram;
  let db: Db;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    ({ db, cleanup } = await createTestDb());
    fake = await startFakeTelegram({ token: TOKEN });
  });
  afterAll(async () => {
    await fake.close();
    await cleanup();
  });

  it('sends more than the threshold of alerts within the window as one message, and few alerts one by one', async () => {
    const outbox = createOutboxRepo(db.kysely);
    const alert = (n: number) => ({ channel: 'telegram', target: '1', payload: { text: `🔴 <b>AP-${n} fora do ar</b>\nDesde: agora`, line: `🔴 <b>AP-${n} fora do ar</b>` } });
    await outbox.enqueue(Array.from({ length: 8 }, (_, i) => alert(i + 1)));
    await outbox.enqueue([{ channel: 'telegram', target: '1', payload: { text: 'a bot reply' } }]);
    await outbox.enqueue([alert(9), alert(10)]);
    const worker = createOutboxWorker({
      outbox,
      notifiers: [createTelegramNotifier({ apiUrl: fake.url, token: TOKEN })],
      log: silent,
      minIntervalMsPerTarget: 50,
      pollMs: 20,
      coalesce: { ...stormGrouping({ threshold: 5, windowSeconds: 60, language: 'pt-BR' }), settleMs: 0 },
    });
    worker.start();
    await expect.poll(() => fake.delivered().length, { timeout: 5000 }).toBe(4);
    await worker.stop();
    const texts = fake.delivered().map((m) => m.text);
    expect(texts[0]!.split('\n')).toEqual(['⚠️ <b>8 alertas</b>', ...Array.from({ length: 8 }, (_, i) => `🔴 <b>AP-${i + 1} fora do ar</b>`)]);
    // The bot's reply keeps its place; the two alerts after it are under the threshold.
    expect(texts.slice(1)).toEqual(['a bot reply', '🔴 <b>AP-9 fora do ar</b>\nDesde: agora', '🔴 <b>AP-10 fora do ar</b>\nDesde: agora']);
    expect(await outbox.pending()).toBe(0);
  });

  it("keeps a storm message under Telegram's size limit", () => {
    const { text } = stormGrouping({ threshold: 1, windowSeconds: 60, language: 'en' }).group(Array.from({ length: 500 }, (_, i) => `line ${i} ${'x'.repeat(40)}`)) as { text: string };
    expect(text.length).toBeLessThanOrEqual(4096);
    expect(text.split('\n').at(-1)).toMatch(/^… and \d+ more$/);
  });
});
