import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeTelegram, type FakeTelegram } from '../../test-support/fake-telegram.js';
import { escapeHtml } from './html.js';
import { createTelegramNotifier } from './telegram.js';

const TOKEN = '123456:TEST-secret-token';

describe('Telegram notifier', () => {
  let fake: FakeTelegram;
  beforeAll(async () => {
    fake = await startFakeTelegram({ token: TOKEN });
  });
  afterAll(async () => {
    await fake.close();
  });
  const notifier = () => createTelegramNotifier({ apiUrl: fake.url, token: TOKEN });
  const noToken = (r: object) => expect(JSON.stringify(r)).not.toContain(TOKEN);

  it('sends HTML to the chat', async () => {
    const text = `<b>${escapeHtml('RB <Core> & "Serra"')}</b> fora do ar`;
    expect(await notifier().send('-1001', { text })).toEqual({ ok: true });
    expect(fake.calls.at(-1)).toMatchObject({ chatId: '-1001', text, parseMode: 'HTML', status: 200 });
  });

  it('429: not delivered, with Telegram retry_after', async () => {
    fake.fail429(1, 7);
    const r = await notifier().send('1', { text: 'x' });
    expect(r).toEqual({ ok: false, error: 'Telegram 429: Too Many Requests: retry after 7', retryAfterMs: 7000 });
  });

  it('5xx: not delivered, to retry', async () => {
    fake.fail500(1);
    const r = await notifier().send('1', { text: 'x' });
    expect(r).toEqual({ ok: false, error: 'Telegram 500: Internal Server Error' });
  });

  it('400 and 403: permanent, with Telegram description', async () => {
    fake.failWith(1, 403, 'Forbidden: bot was blocked by the user');
    expect(await notifier().send('1', { text: 'x' })).toEqual({ ok: false, error: 'Telegram 403: Forbidden: bot was blocked by the user', permanent: true });
    // unescaped HTML is refused as Telegram would
    const r = await notifier().send('1', { text: 'RB <Core> & co' });
    expect(r).toMatchObject({ ok: false, permanent: true });
    expect(r.ok || r.error).toMatch(/^Telegram 400: Bad Request: can't parse entities/);
    expect(await notifier().send('1', { nope: 1 })).toMatchObject({ ok: false, permanent: true });
  });

  it('never shows the token: wrong token, unreachable API, timeout', async () => {
    const wrong = createTelegramNotifier({ apiUrl: fake.url, token: `${TOKEN}-revoked` });
    const unauthorized = await wrong.send('1', { text: 'x' });
    // a bad token is configuration, not the message: retried, so nothing is lost while it is fixed
    expect(unauthorized).toEqual({ ok: false, error: 'Telegram 401: Unauthorized' });

    // a port nobody listens on (ours, just closed)
    const dead = http.createServer();
    await new Promise<void>((r) => dead.listen(0, '127.0.0.1', r));
    const port = (dead.address() as AddressInfo).port;
    await new Promise((r) => dead.close(r));
    const refused = await createTelegramNotifier({ apiUrl: `http://127.0.0.1:${port}`, token: TOKEN }).send('1', { text: 'x' });
    expect(refused).toEqual({ ok: false, error: 'Telegram unreachable: ECONNREFUSED' });

    // a server that never answers
    const silent = http.createServer(() => {});
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    const silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    const timedOut = await createTelegramNotifier({ apiUrl: silentUrl, token: TOKEN, timeoutMs: 100 }).send('1', { text: 'x' });
    silent.closeAllConnections();
    await new Promise((r) => silent.close(r));
    expect(timedOut).toEqual({ ok: false, error: 'Telegram: no answer within 100 ms' });

    // even an error text that quotes the URL comes out redacted
    const leaky = createTelegramNotifier({
      apiUrl: 'http://127.0.0.1:9',
      token: TOKEN,
      fetchFn: async (url) => {
        throw new Error(`cannot reach ${String(url)}`);
      },
    });
    const leaked = await leaky.send('1', { text: 'x' });
    expect(leaked).toEqual({ ok: false, error: 'Telegram unreachable: cannot reach http://127.0.0.1:9/bot***/sendMessage' });
    for (const r of [unauthorized, refused, timedOut, leaked]) noToken(r);
  });
});
