import { execFileSync } from 'node:child_process';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from './support/server.js';
import { openSession, type Api, type Session } from './support/session.js';
import { signInFirstTime } from './support/sign-in.js';

const TEST_DB = process.env.TEST_DB ?? 'sqlite';
// This file's own loopback addresses (one range per database run).
const NET = TEST_DB === 'postgres' ? '127.63.2' : '127.63.1';
// Rounds every 5 s (the minimum); "down" needs two missed rounds.
const INTERVAL = 5;
const LIVE_TIMEOUT = 6 * INTERVAL * 1000;

/** The tower the operator looks at: an uplink router fed from the core tower, an AP, four customers (one down is 25 %, under the 30 % that degrades). */
const DEVICES = [
  { key: 'core', name: 'R-Núcleo', n: 1, type: 'router', tower: 'core' },
  { key: 'uplink', name: 'R-Serra', n: 10, type: 'router', tower: 'serra', parent: 'core' },
  { key: 'ap', name: 'AP-Serra-Norte', n: 11, type: 'ap', tower: 'serra', parent: 'uplink' },
  { key: 'cpe1', name: 'CPE Ana', n: 21, type: 'station', tower: 'serra', parent: 'ap' },
  { key: 'cpe2', name: 'CPE Bruno', n: 22, type: 'station', tower: 'serra', parent: 'ap' },
  { key: 'cpe3', name: 'CPE Carla', n: 23, type: 'station', tower: 'serra', parent: 'ap' },
  { key: 'cpe4', name: 'CPE Davi', n: 24, type: 'station', tower: 'serra', parent: 'ap' },
] as const;
type Key = (typeof DEVICES)[number]['key'];
const host = (key: Key) => `${NET}.${DEVICES.find((d) => d.key === key)!.n}`;

describe(`the towers list and the tower page in Chromium (${TEST_DB})`, () => {
  let server: RunningServer;
  let session: Session;
  let api: Api;
  let page: Page;
  const towers: Record<'core' | 'serra', number> = { core: 0, serra: 0 };
  const ids: Partial<Record<Key, number>> = {};
  const dropped = new Set<string>();

  /** Makes a loopback address stop answering ping (127.63.0.0/16 only); undone after each test. */
  const drop = (address: string) => {
    expect(address.startsWith('127.63.')).toBe(true);
    execFileSync('iptables', ['-I', 'OUTPUT', '-d', address, '-p', 'icmp', '-j', 'DROP']);
    dropped.add(address);
  };
  const restoreAll = () => {
    for (const address of dropped) execFileSync('iptables', ['-D', 'OUTPUT', '-d', address, '-p', 'icmp', '-j', 'DROP']);
    dropped.clear();
  };
  const poll = <T>(fn: () => Promise<T>) => expect.poll(fn, { timeout: LIVE_TIMEOUT, interval: 500 });

  beforeAll(async () => {
    // DOWN_AFTER=1: down after one silent round, so each outage below costs one round, not two.
    session = await openSession({ PING_INTERVAL_SECONDS: String(INTERVAL), DOWN_AFTER: '1' });
    ({ server, page, api } = session);
    await signInFirstTime(page, server.baseUrl, 'senha-nova-segura-1');
    towers.core = (await api.post<{ id: number }>('/api/towers', { name: 'Torre Núcleo', code: 'NUC', latitude: -22.9, longitude: -43.2 })).id;
    towers.serra = (await api.post<{ id: number }>('/api/towers', { name: 'Torre Serra', code: 'SER', latitude: -22.8, longitude: -43.3 })).id;
    for (const d of DEVICES) {
      const parentId = 'parent' in d ? ids[d.parent] : undefined;
      ids[d.key] = (await api.post<{ id: number }>('/api/devices', { name: d.name, host: host(d.key), type: d.type, towerId: towers[d.tower], ...(parentId && { parentId }) })).id;
    }
    await api.patch(`/api/towers/${towers.core}`, { uplinkDeviceId: ids.core });
    await api.patch(`/api/towers/${towers.serra}`, { uplinkDeviceId: ids.uplink });
  }, 90_000);
  afterEach(restoreAll);
  afterAll(async () => {
    restoreAll();
    await session?.close();
  });

  it(
    'lists the towers by status, and one customer down leaves the tower up with "1 cliente fora"',
    async () => {
      await page.goto(`${server.baseUrl}/towers`);
      const row = page.getByTestId(`tower-row-${towers.serra}`);
      await poll(() => row.getAttribute('data-status')).toBe('up');
      drop(host('cpe3'));
      await poll(() => row.getByTestId('tower-customers-out').textContent().catch(() => null)).toBe('1 cliente fora');
      expect(await row.getAttribute('data-status')).toBe('up');
      expect(await row.getByTestId('tower-status-badge').textContent()).toBe('Operando');
      expect(await row.getByTestId('tower-customers').textContent()).toBe('1 / 4');
      expect(await row.getByTestId('tower-infra-down').textContent()).toBe('0');
      expect(await row.getByTestId('tower-reason').textContent()).toBe('1 de 4 clientes fora');
      // Still up, so the core tower (also up) is before it only by name: N < S.
      const order = await page.locator('[data-testid^="tower-row-"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-testid')));
      expect(order).toEqual([`tower-row-${towers.core}`, `tower-row-${towers.serra}`]);

      // The tower page, from the list.
      await row.getByTestId(`tower-link-${towers.serra}`).click();
      await page.waitForURL(new RegExp(`/towers/${towers.serra}$`));
      const summary = page.getByTestId('tower-summary');
      await poll(() => summary.getAttribute('data-status')).toBe('up');
      await poll(() => page.getByTestId('tower-page-customers-out').textContent().catch(() => null)).toBe('1 cliente fora');
      expect(await summary.getByTestId('tower-customers').textContent()).toBe('1 / 4');
      // The customers are folded under their AP, the one without service still named.
      const group = page.getByTestId(`tree-customers-${ids.ap}`);
      await poll(() => group.getByTestId(`tree-customers-${ids.ap}-toggle`).textContent()).toContain('4 clientes');
      expect(await group.getByTestId(`tree-customers-${ids.ap}-toggle`).textContent()).toContain('1 fora');
      expect(await group.getByTestId(`tree-device-${ids.cpe3}`).getAttribute('data-status')).toBe('down');
      expect(await group.getByTestId(`tree-device-${ids.cpe1}`).count()).toBe(0);
      await group.getByTestId(`tree-customers-${ids.ap}-toggle`).click();
      expect(await group.getByTestId(`tree-device-${ids.cpe1}`).getAttribute('data-status')).toBe('up');
      // The path to the core, tower by tower.
      expect(await page.getByTestId('tower-path-segment').allTextContents()).toEqual([expect.stringContaining('R-Serra'), expect.stringContaining('R-Núcleo')]);
    },
    3 * LIVE_TIMEOUT,
  );

  it(
    'shows the tower down, live, when its uplink is cut, naming the uplink and pointing to it',
    async () => {
      // The uplink is cut: on a real network everything behind it goes silent with it.
      await page.goto(`${server.baseUrl}/towers/${towers.serra}`);
      for (const key of ['uplink', 'ap', 'cpe1', 'cpe2', 'cpe3', 'cpe4'] as const) drop(host(key));
      const summary = page.getByTestId('tower-summary');
      await poll(() => summary.getAttribute('data-status')).toBe('down');
      expect(await page.getByTestId('tower-page-status').textContent()).toBe('Fora do ar');
      expect(await page.getByTestId('tower-page-reason').textContent()).toBe('uplink R-Serra fora do ar');
      // The uplink is named as a link to its page, never by its id.
      const named = page.getByTestId('tower-page-reason').getByTestId('tower-reason-device');
      expect(await named.allTextContents()).toEqual(['R-Serra']);
      expect(await named.getAttribute('href')).toBe(`/equipment/${ids.uplink}`);
      expect(await page.getByTestId('tower-next-step').textContent()).toContain('O uplink R-Serra está fora do ar');
      expect(await page.getByTestId('tower-next-step-link').getAttribute('href')).toBe(`/equipment/${ids.uplink}`);
      expect(await page.getByTestId(`tower-path-hop-${ids.uplink}`).getAttribute('data-status')).toBe('down');
      expect(await page.getByTestId(`tower-path-hop-${ids.core}`).getAttribute('data-status')).toBe('up');
      await poll(() => page.getByTestId('tower-page-customers-out').textContent().catch(() => null)).toBe('4 clientes fora');
      // The timeline has the change, and the open alert for the uplink is listed.
      await poll(() => page.locator('[data-testid="tower-event"][data-to="down"]').count()).toBe(1);
      await poll(() => page.getByTestId('tower-alerts-section').textContent()).toContain('R-Serra');
      // The list puts it first, down.
      await page.goto(`${server.baseUrl}/towers`);
      await poll(() => page.getByTestId(`tower-row-${towers.serra}`).getAttribute('data-status')).toBe('down');
      const first = await page.locator('[data-testid^="tower-row-"]').first().getAttribute('data-testid');
      expect(first).toBe(`tower-row-${towers.serra}`);
      const reason = page.getByTestId(`tower-row-${towers.serra}`).getByTestId('tower-reason');
      expect(await reason.textContent()).toBe('uplink R-Serra fora do ar');
      expect(await reason.getByTestId('tower-reason-device').getAttribute('href')).toBe(`/equipment/${ids.uplink}`);
    },
    3 * LIVE_TIMEOUT,
  );

  it('keeps the edit form one click away, and fits a phone', async () => {
    await page.goto(`${server.baseUrl}/towers/${towers.serra}`);
    await page.getByTestId('tower-edit').click();
    await page.waitForURL(new RegExp(`/towers/${towers.serra}/edit$`));
    await page.getByTestId('tower-name').waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    for (const url of ['/towers', `/towers/${towers.serra}`]) {
      await page.goto(`${server.baseUrl}${url}`);
      await page.getByTestId(url === '/towers' ? 'towers-cards' : 'tower-summary').waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
