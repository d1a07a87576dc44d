import { execFileSync } from 'node:child_process';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from './support/server.js';
import { openSession, type Session } from './support/session.js';
import { signInFirstTime } from './support/sign-in.js';

const TEST_DB = process.env.TEST_DB ?? 'sqlite';
const NEW_PASSWORD = 'senha-nova-segura-1';
const HOSTS = ['127.0.95.1', '127.0.95.2'] as const;
/** Makes the second device stop answering, on loopback only; removed after each test. */
const DROP_RULE = ['OUTPUT', '-d', HOSTS[1], '-p', 'icmp', '-j', 'DROP'];
// Rounds every 5 s (the minimum), aligned to the clock; "down" needs two missed rounds.
const INTERVAL = 5;
const LIVE_TIMEOUT = 6 * INTERVAL * 1000;

describe(`live monitoring in Chromium (${TEST_DB})`, () => {
  let server: RunningServer;
  let session: Session;
  let page: Page;
  let dropping = false;
  let towerId = 0;

  const removeDrop = () => {
    if (!dropping) return;
    execFileSync('iptables', ['-D', ...DROP_RULE]);
    dropping = false;
  };

  /** The number a summary card shows, read from the page as it is (never reloaded). */
  const count = async (status: string) => Number(await page.getByTestId(`summary-${status}`).getAttribute('data-count'));

  beforeAll(async () => {
    session = await openSession({ PING_INTERVAL_SECONDS: String(INTERVAL) });
    ({ server, page } = session);
  });
  afterEach(removeDrop);
  afterAll(async () => {
    removeDrop();
    await session?.close();
  });

  it('signs in', async () => {
    await signInFirstTime(page, server.baseUrl, NEW_PASSWORD);
  });

  it(
    'counts two new devices as up on the dashboard without a reload',
    async () => {
      await page.goto(`${server.baseUrl}/`);
      await page.getByTestId('summary-up').waitFor();
      let navigations = 0;
      page.on('framenavigated', () => navigations++);
      const tower = await (await page.request.post(`${server.baseUrl}/api/towers`, { data: { name: 'Torre Loopback', latitude: -15, longitude: -47 } })).json();
      towerId = tower.id;
      for (const [i, host] of HOSTS.entries()) {
        const res = await page.request.post(`${server.baseUrl}/api/devices`, { data: { name: `Loopback ${i + 1}`, host, type: 'router', towerId } });
        expect(res.status()).toBe(201);
      }
      await expect.poll(() => count('up'), { timeout: LIVE_TIMEOUT, interval: 1000 }).toBe(2);
      expect(navigations).toBe(0);
      await page.getByTestId('recent-events').locator('[data-testid^="event-row-"]').first().waitFor();
    },
    LIVE_TIMEOUT + 10_000,
  );

  it(
    'shows a device that stops answering as down, live',
    async () => {
      execFileSync('iptables', ['-I', ...DROP_RULE]);
      dropping = true;
      await expect.poll(() => count('down'), { timeout: LIVE_TIMEOUT, interval: 1000 }).toBe(1);
      expect(await count('up')).toBe(1);
      const down = page.getByTestId('recent-events').locator('[data-testid="event-to"][data-status="down"]');
      // The changes list refetches on the same event as the summary, a moment apart.
      await expect.poll(() => down.count(), { timeout: LIVE_TIMEOUT }).toBeGreaterThan(0);

      // The tower's marker on the map shows the tower's status, and follows live: one of its two
      // routers down (no uplink set) leaves it degraded, not down.
      await page.getByTestId('nav-map').click();
      const marker = page.getByTestId(`tower-marker-${towerId}`);
      await expect.poll(() => marker.getAttribute('data-status'), { timeout: LIVE_TIMEOUT, interval: 500 }).toBe('degraded');
      removeDrop();
      await expect.poll(() => marker.getAttribute('data-status'), { timeout: LIVE_TIMEOUT, interval: 500 }).toBe('up');
    },
    2 * LIVE_TIMEOUT + 10_000,
  );
});
