import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBuiltServer, type RunningServer } from '../test-support/built-server.js';
import { startFakeTelegram, type FakeTelegram } from '../test-support/fake-telegram.js';
import { TEST_DB } from '../test-support/test-db.js';

/*
 * The real server process (server/src/main.ts through tsx) killed with SIGKILL around a send to
 * a fake Telegram, then started again on the same data: a crash before or after the call sends
 * the message once; a crash while Telegram is answering sends it once more, marked as a repeat.
 * The messages are the bot's answers to /help, which go through the same outbox as alerts.
 */

const CHAT = '-1001';
const TOKEN = '123456:crash-test';
const REPEAT_NOTE = /may have arrived already|talvez já tenha chegado/;

describe(`outbox across kill -9 (${TEST_DB})`, () => {
  let telegram: FakeTelegram;
  let server: RunningServer | null = null;

  const start = (reuse?: RunningServer) =>
    startBuiltServer({
      db: TEST_DB,
      source: true,
      prefix: 'torre_crash',
      reuse,
      env: { TELEGRAM_TOKEN: TOKEN, TELEGRAM_CHAT_ID: CHAT, TELEGRAM_API_URL: telegram.url, DEFAULT_LANGUAGE: 'en', ANOMALY_DETECTION: 'off' },
    });
  const restart = async () => {
    await server!.kill();
    server = await start(server!);
  };
  const answers = () => telegram.delivered().filter((c) => c.chatId === CHAT);
  async function until(what: string, ok: () => boolean, timeoutMs = 15_000) {
    const end = Date.now() + timeoutMs;
    while (!ok()) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  const settle = (ms = 2500) => new Promise((r) => setTimeout(r, ms));

  beforeAll(async () => {
    telegram = await startFakeTelegram({ token: TOKEN });
    server = await start();
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    await telegram?.close();
  });

  it('sends once across a crash after the call, once across one before it, and at most twice across one during it', async () => {
    // After the call: answered and recorded. Before the call: the next answer fails and waits
    // in backoff. The process dies; the first goes no more, the second goes once.
    telegram.pushUpdate({ chatId: CHAT, text: '/help', fromId: 42 });
    await until('the first answer', () => answers().length === 1);
    telegram.fail500(1000, CHAT);
    telegram.pushUpdate({ chatId: CHAT, text: '/help', fromId: 42 });
    await until('a failed attempt', () => telegram.calls.some((c) => c.status === 500));
    await restart();
    telegram.clearFailures();
    await until('the second answer', () => answers().length === 2);
    await settle();
    expect(answers()).toHaveLength(2);
    expect(answers()[1]!.text).not.toMatch(REPEAT_NOTE);

    // During the call: Telegram has the message and is still answering when the process dies.
    telegram.setLatency(5000, CHAT);
    const before = telegram.calls.length;
    telegram.pushUpdate({ chatId: CHAT, text: '/help', fromId: 42 });
    await until('the third message to arrive', () => telegram.calls.length > before);
    await restart();
    telegram.setLatency(0, CHAT);
    await until('the repeat', () => answers().length >= 4);
    await settle();
    const last = answers().slice(2);
    expect(last).toHaveLength(2); // one duplicate, no more
    expect(last[0]!.text).not.toMatch(REPEAT_NOTE);
    expect(last[1]!.text).toMatch(REPEAT_NOTE);
    expect(last[1]!.text.startsWith(last[0]!.text)).toBe(true);
    expect(server!.output()).toMatch(/sending them again as possible repeats/);
  }, 90_000);
});
