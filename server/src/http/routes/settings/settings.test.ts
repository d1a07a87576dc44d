import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminAuth, createTestApp, userAuth } from '../../../test-support/test-app.js';
import { TEST_DB } from '../../../test-support/test-db.js';
import { startFakeTelegram, type FakeTelegram } from '../../../test-support/fake-telegram.js';
import { startWebhookReceiver } from '../../../test-support/webhook-receiver.js';

const TOKEN = '987654:settings-test_token';

describe(`notification settings API (${TEST_DB})`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let telegram: FakeTelegram;
  let hook: Awaited<ReturnType<typeof startWebhookReceiver>>;
  let admin: { authorization: string };
  const req = (method: 'GET' | 'PUT' | 'POST', url: string, payload?: object, headers = admin) => t.app.inject({ method, url, headers, ...(payload && { payload }) });

  beforeAll(async () => {
    telegram = await startFakeTelegram({ token: TOKEN });
    hook = await startWebhookReceiver();
    t = await createTestApp({ TELEGRAM_API_URL: telegram.url });
    admin = await adminAuth(t.app);
  });
  afterAll(async () => {
    await t?.close();
    await telegram?.close();
    await hook?.close();
  });

  it('starts from the environment, saves a bot token and chats without ever showing the token, and sends a test message', async () => {
    expect((await req('GET', '/api/settings/notifications')).json()).toEqual({
      telegram: { tokenSet: false, botId: null, chatIds: [], apiUrl: telegram.url },
      webhooks: { urls: [], secretSet: false },
    });
    expect((await req('POST', '/api/settings/notifications/test')).statusCode).toBe(400);
    const saved = await req('PUT', '/api/settings/notifications', { telegramToken: TOKEN, telegramChatIds: ['-1001', '42'], webhookUrls: [hook.url], webhookSecret: 'a-secret-of-16-chars' });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.body).not.toContain('settings-test_token');
    expect(saved.json()).toMatchObject({ telegram: { tokenSet: true, botId: '987654', chatIds: ['-1001', '42'] }, webhooks: { urls: [hook.url], secretSet: true } });

    const test = await req('POST', '/api/settings/notifications/test');
    expect(test.json().results).toEqual([
      { channel: 'telegram', target: '-1001', ok: true, error: null },
      { channel: 'telegram', target: '42', ok: true, error: null },
      { channel: 'webhook', target: hook.url, ok: true, error: null },
    ]);
    expect(telegram.delivered().map((m) => m.chatId)).toEqual(['-1001', '42']);
    expect(telegram.delivered()[0]!.text).toContain('Mensagem de teste do Torre');
    expect(JSON.parse(hook.got[0]!.body)).toMatchObject({ event: 'test' });
  });

  it('keeps the settings across a restart, and leaves out fields not sent', async () => {
    await t.restart();
    expect((await req('GET', '/api/settings/notifications')).json()).toMatchObject({ telegram: { tokenSet: true, chatIds: ['-1001', '42'] } });
    const cleared = await req('PUT', '/api/settings/notifications', { webhookSecret: null });
    expect(cleared.json()).toMatchObject({ telegram: { tokenSet: true }, webhooks: { urls: [hook.url], secretSet: false } });
  });

  it('explains bad settings, and is for admins only', async () => {
    const noChat = await req('PUT', '/api/settings/notifications', { telegramChatIds: [] });
    expect(noChat.statusCode).toBe(400);
    expect(noChat.json().fields[0].field).toBe('telegramChatIds');
    const badToken = await req('PUT', '/api/settings/notifications', { telegramToken: 'not a token' });
    expect(badToken.statusCode).toBe(400);
    expect(JSON.stringify(badToken.json())).toContain('telegramToken');
    const operator = await userAuth(t.app, admin, 'operator');
    expect((await req('GET', '/api/settings/notifications', undefined, operator)).statusCode).toBe(403);
    expect((await req('PUT', '/api/settings/notifications', { telegramChatIds: ['1'] }, operator)).statusCode).toBe(403);
  });
});
