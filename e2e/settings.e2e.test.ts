import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startFakeTelegram, type FakeTelegram } from '../server/src/test-support/fake-telegram.js';
import type { RunningServer } from './support/server.js';
import { openSession, type Session } from './support/session.js';
import { signInFirstTime } from './support/sign-in.js';

const TEST_DB = process.env.TEST_DB ?? 'sqlite';
const NEW_PASSWORD = 'senha-nova-segura-1';
const TOKEN = '123456:e2e-token_x';
const CHAT = '-1001234';

describe(`notification settings in Chromium (${TEST_DB})`, () => {
  let telegram: FakeTelegram;
  let server: RunningServer;
  let session: Session;
  let page: Page;
  let outside: string[] = [];

  beforeAll(async () => {
    telegram = await startFakeTelegram({ token: TOKEN });
    session = await openSession({ TELEGRAM_API_URL: telegram.url });
    ({ server, page, outside } = session);
  });
  afterAll(async () => {
    await session?.close();
    await telegram?.close();
  });

  it('signs in and opens Settings', async () => {
    await signInFirstTime(page, server.baseUrl, NEW_PASSWORD);
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-form').waitFor();
    expect(await page.getByTestId('settings-telegram-api-url').inputValue()).toBe(telegram.url);
  });

  it('saves a bot token and chat, then sends a test message through the fake Bot API', async () => {
    await page.getByTestId('settings-telegram-token').fill(TOKEN);
    await page.getByTestId('settings-telegram-chats').fill(CHAT);
    await page.getByTestId('settings-save').click();
    const status = page.getByTestId('settings-telegram-token-status');
    await status.waitFor();
    expect(await status.textContent()).toContain('configurado (bot 123456)');
    // The token never comes back to the page.
    expect(await page.content()).not.toContain('e2e-token_x');

    await page.getByTestId('settings-test').click();
    const result = page.getByTestId('test-result').first();
    await result.waitFor();
    expect(await result.getAttribute('data-ok')).toBe('true');
    expect(await result.getAttribute('data-target')).toContain(CHAT);
    expect(telegram.delivered().map((m) => m.chatId)).toContain(CHAT);
  });

  it('shows the server error next to an invalid token', async () => {
    await page.getByTestId('settings-telegram-token-change').click();
    await page.getByTestId('settings-telegram-token').fill('not a token');
    await page.getByTestId('settings-save').click();
    const error = page.locator('[role="alert"]', { hasText: '123456:ABC-def' });
    await error.waitFor();
    expect(await page.getByTestId('settings-telegram-token').getAttribute('aria-invalid')).toBe('true');
    // The saved token is kept.
    const saved = await (await page.request.get(`${server.baseUrl}/api/settings/notifications`)).json();
    expect(saved.telegram).toMatchObject({ tokenSet: true, botId: '123456', chatIds: [CHAT] });
  });

  it('ranks alerts by device type and sets the minimum sent, in the user language', async () => {
    const form = page.getByTestId('severity-form');
    await form.waitFor();
    expect(await form.textContent()).toContain('Severidade dos alertas');
    expect(await page.getByTestId('severity-minimum').inputValue()).toBe('major');
    expect(await page.getByTestId('severity-type-station').inputValue()).toBe('warning');
    expect(await page.getByTestId('severity-type-ap').inputValue()).toBe('major');
    await page.getByTestId('severity-type-station').selectOption('major');
    await page.getByTestId('severity-minimum').selectOption('warning');
    await page.getByTestId('severity-save').click();
    await page.getByTestId('severity-saved').waitFor();
    const saved = await (await page.request.get(`${server.baseUrl}/api/settings/alert-severity`)).json();
    expect(saved).toMatchObject({ minimum: 'warning', uplink: 'critical', down: { station: 'major', ap: 'major', router: 'critical' } });
  });

  it('sent no request outside this machine', () => {
    expect(outside).toEqual([]);
  });
});
