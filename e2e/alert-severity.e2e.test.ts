import { execFileSync } from 'node:child_process';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startFakeTelegram, type FakeTelegram } from '../server/src/test-support/fake-telegram.js';
import type { RunningServer } from './support/server.js';
import { openSession, type Api, type Session } from './support/session.js';
import { signInFirstTime } from './support/sign-in.js';

const TEST_DB = process.env.TEST_DB ?? 'sqlite';
const NEW_PASSWORD = 'senha-nova-segura-1';
// This file's own loopback addresses, one range per database run.
const NET = TEST_DB === 'postgres' ? '127.65.5' : '127.65.4';
const TOKEN = '123456:e2e-severity';
const CHAT = '-1004321';
const DEVICES = {
  ap: { name: 'AP Norte', host: `${NET}.1`, type: 'ap' },
  cpe: { name: 'CPE Dona Maria', host: `${NET}.2`, type: 'station' },
} as const;
type Key = keyof typeof DEVICES;
const dropRule = (host: string) => ['OUTPUT', '-d', host, '-p', 'icmp', '-j', 'DROP'];
const INTERVAL = 5;
const LIVE_TIMEOUT = 8 * INTERVAL * 1000;

describe(`alert severity by role in Chromium, with a fake Telegram (${TEST_DB})`, () => {
  let telegram: FakeTelegram;
  let server: RunningServer;
  let session: Session;
  let api: Api;
  let page: Page;
  const ids = {} as Record<Key, number>;
  const dropping = new Set<string>();
  let outside: string[] = [];
  const drop = (key: Key) => {
    execFileSync('iptables', ['-I', ...dropRule(DEVICES[key].host)]);
    dropping.add(DEVICES[key].host);
  };
  const restore = () => {
    for (const host of dropping) execFileSync('iptables', ['-D', ...dropRule(host)]);
    dropping.clear();
  };
  const row = (key: Key) => page.getByTestId('alerts-list-open').locator(`[data-testid^="alert-row-"][data-device-id="${ids[key]}"]`);

  beforeAll(async () => {
    telegram = await startFakeTelegram({ token: TOKEN });
    session = await openSession({ PING_INTERVAL_SECONDS: String(INTERVAL), DOWN_AFTER: '1', FLAP_CHANGES: '100', TELEGRAM_TOKEN: TOKEN, TELEGRAM_CHAT_ID: CHAT, TELEGRAM_API_URL: telegram.url });
    ({ server, page, outside, api } = session);
  });
  afterEach(restore);
  afterAll(async () => {
    restore();
    await session?.close();
    await telegram?.close();
  });

  it('signs in with an access point and a customer station answering', async () => {
    await signInFirstTime(page, server.baseUrl, NEW_PASSWORD);
    for (const key of Object.keys(DEVICES) as Key[]) ids[key] = (await api.post<{ id: number }>('/api/devices', DEVICES[key])).id;
    await expect
      .poll(async () => (await api.get<{ items: { status: string }[] }>('/api/devices?limit=50')).items.map((d) => d.status).join(','), { timeout: LIVE_TIMEOUT, interval: 1000 })
      .toBe('up,up');
    await page.getByTestId('nav-alerts').click();
    await page.getByTestId('page-alerts').waitFor();
  }, LIVE_TIMEOUT + 20_000);

  it(
    'lists a station down alone as a warning that reaches no chat; an AP down is major and sent',
    async () => {
      // Both go silent in the same round: the station's alert is kept and shown, only the AP's is sent.
      drop('cpe');
      drop('ap');
      await row('cpe').first().waitFor({ timeout: LIVE_TIMEOUT });
      const cpe = row('cpe').first();
      expect(await cpe.getByTestId('alert-severity').getAttribute('data-severity')).toBe('warning');
      expect(await cpe.getByTestId('alert-severity').textContent()).toBe('alerta');
      await cpe.getByTestId('alert-below-minimum').waitFor({ timeout: LIVE_TIMEOUT });
      expect(await cpe.getByTestId('alert-below-minimum').textContent()).toBe('não enviado');
      await row('ap').first().waitFor({ timeout: LIVE_TIMEOUT });
      expect(await row('ap').first().getByTestId('alert-severity').getAttribute('data-severity')).toBe('major');
      expect(await row('ap').first().getByTestId('alert-severity').textContent()).toBe('grave');
      expect(await telegram.settledHeadlines(1, CHAT, { settleMs: INTERVAL * 1000 })).toEqual(['🟠 AP Norte fora do ar']);
    },
    3 * LIVE_TIMEOUT,
  );

  it('sent no request outside this machine', () => {
    expect(outside).toEqual([]);
  });
});
