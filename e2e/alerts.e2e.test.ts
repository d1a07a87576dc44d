import { execFileSync } from 'node:child_process';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from './support/server.js';
import { openSession, type Api, type Session } from './support/session.js';
import { signInFirstTime } from './support/sign-in.js';

const TEST_DB = process.env.TEST_DB ?? 'sqlite';
const NEW_PASSWORD = 'senha-nova-segura-1';
// This file's own loopback addresses, one range per database run.
const NET = TEST_DB === 'postgres' ? '127.0.41' : '127.0.40';
// Created in this order on purpose: the uplink gets the lowest id, so within a round its
// "down" reaches the alert engine before its dependents' "unreachable" (see the suppression step).
const DEVICES = {
  uplink: { name: 'Uplink Serra', host: `${NET}.1`, type: 'router' },
  ap1: { name: 'AP Setor 1', host: `${NET}.2`, type: 'ap' },
  ap2: { name: 'AP Setor 2', host: `${NET}.3`, type: 'ap' },
  standalone: { name: 'Servidor Avulso', host: `${NET}.4`, type: 'server' },
} as const;
type Key = keyof typeof DEVICES;
const dropRule = (host: string) => ['OUTPUT', '-d', host, '-p', 'icmp', '-j', 'DROP'];
// Rounds every 5 s (the minimum); "down" after two missed rounds; no flapping alerts in the way.
const INTERVAL = 5;
const LIVE_TIMEOUT = 8 * INTERVAL * 1000;

describe(`alerts in Chromium (${TEST_DB})`, () => {
  let server: RunningServer;
  let session: Session;
  let api: Api;
  let page: Page;
  const ids = {} as Record<Key, number>;
  const dropping = new Set<string>();
  let outside: string[] = [];

  const restore = () => {
    for (const host of dropping) execFileSync('iptables', ['-D', ...dropRule(host)]);
    dropping.clear();
  };
  const list = (tab: 'open' | 'history') => page.getByTestId(`alerts-list-${tab}`);
  const rowsOf = (tab: 'open' | 'history', key: Key) => list(tab).locator(`[data-testid^="alert-row-"][data-device-id="${ids[key]}"]`);
  /** Open rows that were or will be announced: what an operator has to act on. */
  const activeOpenRows = () => list('open').locator('[data-testid^="alert-row-"]:not([data-suppressed])');
  /** A flag set in the page's window: still there means the page was never reloaded. */
  const notReloaded = () => page.evaluate(() => (window as unknown as { torreNoReload?: boolean }).torreNoReload === true);

  beforeAll(async () => {
    session = await openSession({ PING_INTERVAL_SECONDS: String(INTERVAL), DOWN_AFTER: '2', FLAP_CHANGES: '100' });
    ({ server, page, outside, api } = session);
  });
  afterEach(restore);
  afterAll(async () => {
    restore();
    await session?.close();
  });

  it('signs in and builds a tower with an uplink, two dependents and a standalone device', async () => {
    await signInFirstTime(page, server.baseUrl, NEW_PASSWORD);
    const tower = await api.post<{ id: number }>('/api/towers', { name: 'Serra Azul', latitude: -15.8, longitude: -47.9 });
    for (const key of Object.keys(DEVICES) as Key[]) {
      const d = DEVICES[key];
      const device = await api.post<{ id: number }>('/api/devices', { ...d, towerId: key === 'standalone' ? null : tower.id });
      ids[key] = device.id;
    }
    // Devices of a tower with no parent of their own depend on its uplink.
    const patched = await api.patch<{ uplinkDeviceId: number | null }>(`/api/towers/${tower.id}`, { uplinkDeviceId: ids.uplink });
    expect(patched.uplinkDeviceId).toBe(ids.uplink);
    await expect
      .poll(async () => (await api.get<{ items: { status: string }[] }>('/api/devices?limit=50')).items.map((d) => d.status).join(','), { timeout: LIVE_TIMEOUT, interval: 1000 })
      .toBe('up,up,up,up');
  }, LIVE_TIMEOUT + 20_000);

  it('shows an empty open list to start with', async () => {
    await page.getByTestId('nav-alerts').click();
    await page.getByTestId('page-alerts').waitFor();
    await expect.poll(() => list('open').textContent(), { timeout: 10_000 }).toContain('Nenhum alerta aberto');
    expect(await page.getByTestId('nav-alerts-count').count()).toBe(0);
    await page.evaluate(() => {
      (window as unknown as { torreNoReload?: boolean }).torreNoReload = true;
    });
  });

  it(
    'shows one alert for the uplink, live, with a dependent that failed first filed under it; acknowledged, then in the history',
    async () => {
      const drop = (key: Key) => {
        execFileSync('iptables', ['-I', ...dropRule(DEVICES[key].host)]);
        dropping.add(DEVICES[key].host);
      };
      const statusOf = async (key: Key) => (await api.get<{ status: string }>(`/api/devices/${ids[key]}`)).status;

      // A dependent fails alone first: its own alert, announced (its parent answers).
      drop('ap1');
      await rowsOf('open', 'ap1').first().waitFor({ timeout: LIVE_TIMEOUT });
      expect(await rowsOf('open', 'ap1').getAttribute('data-suppressed')).toBeNull();
      await expect.poll(() => page.getByTestId('nav-alerts-count').textContent().catch(() => ''), { timeout: LIVE_TIMEOUT }).toBe('1');

      // Then the uplink and the other dependent.
      drop('uplink');
      drop('ap2');
      await rowsOf('open', 'uplink').first().waitFor({ timeout: LIVE_TIMEOUT });
      await expect.poll(async () => `${await statusOf('ap1')},${await statusOf('ap2')}`, { timeout: LIVE_TIMEOUT, interval: 1000 }).toBe('unreachable,unreachable');
      // Let a couple more rounds pass: nothing else may open.
      await page.waitForTimeout(2 * INTERVAL * 1000);

      expect(await activeOpenRows().count()).toBe(1);
      const row = rowsOf('open', 'uplink');
      expect(await row.count()).toBe(1);
      expect(await row.getByTestId('alert-severity').getAttribute('data-severity')).toBe('critical');
      expect(await row.getByTestId('alert-affected').textContent()).toBe('2 equipamentos afetados');
      expect(await row.getByTestId('alert-device').textContent()).toBe(DEVICES.uplink.name);
      // The first dependent's alert is now explained by the uplink's: greyed, pointing at it.
      const ap1 = rowsOf('open', 'ap1');
      expect(await ap1.count()).toBe(1);
      expect(await ap1.getAttribute('data-suppressed')).toBe('true');
      expect(await ap1.getByTestId('alert-cause').textContent()).toBe(`causa: ${DEVICES.uplink.name}`);
      // Dependents: no alert of their own, or one shown as suppressed under the uplink's.
      for (const key of ['ap1', 'ap2'] as const) {
        const dependents = rowsOf('open', key);
        for (let i = 0; i < (await dependents.count()); i++) {
          expect(await dependents.nth(i).getAttribute('data-suppressed')).toBe('true');
          expect(await dependents.nth(i).getByTestId('alert-suppressed').textContent()).toBe('suprimido');
        }
      }
      expect(await rowsOf('open', 'standalone').count()).toBe(0);
      await expect.poll(() => page.getByTestId('nav-alerts-count').textContent(), { timeout: 10_000 }).toBe('1');
      expect(await notReloaded()).toBe(true);

      // Acknowledge: the button goes and the chip names who did it.
      await row.getByTestId('alert-acknowledge').click();
      await expect.poll(() => row.getByTestId('alert-acknowledged').textContent().catch(() => ''), { timeout: 10_000 }).toBe('reconhecido por Administrator');
      expect(await row.getByTestId('alert-acknowledge').count()).toBe(0);

      // Recovery: the alert leaves the open list and shows in the history with its duration.
      restore();
      await expect.poll(() => list('open').locator('[data-testid^="alert-row-"]').count(), { timeout: LIVE_TIMEOUT, interval: 1000 }).toBe(0);
      await expect.poll(() => list('open').textContent(), { timeout: 10_000 }).toContain('Nenhum alerta aberto');
      await expect.poll(() => page.getByTestId('nav-alerts-count').count(), { timeout: 10_000 }).toBe(0);
      await page.getByTestId('alerts-tab-history').click();
      const resolved = rowsOf('history', 'uplink');
      await resolved.first().waitFor({ timeout: 10_000 });
      expect(await resolved.count()).toBe(1);
      expect(await resolved.getByTestId('alert-duration').textContent()).toMatch(/^\d+ (s|min)( \d+ s)?$/);
      expect(await resolved.getByTestId('alert-acknowledged').textContent()).toBe('reconhecido por Administrator');
      expect(await resolved.getByTestId('alert-affected').textContent()).toBe('2 equipamentos afetados');
      expect(await notReloaded()).toBe(true);
      expect(outside).toEqual([]);
    },
    4 * LIVE_TIMEOUT + 30_000,
  );
});
