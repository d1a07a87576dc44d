import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from './support/server.js';
import { openSession, type Api, type Session } from './support/session.js';
import { signInFirstTime } from './support/sign-in.js';

const TEST_DB = process.env.TEST_DB ?? 'sqlite';
const NEW_PASSWORD = 'senha-nova-segura-1';
// This file's own loopback addresses, one range per database run.
const NET = TEST_DB === 'postgres' ? '127.0.43' : '127.0.42';
const DEVICE = { name: 'AP Serra Manutenção', host: `${NET}.1`, type: 'ap' } as const;
const REASON = 'Troca do rádio do setor norte';
const HOUR_MS = 3600_000;

interface Window {
  id: number;
  scope: string;
  targetId: number | null;
  startsAt: string;
  endsAt: string;
  reason: string | null;
  endedAt: string | null;
}

describe(`maintenance windows in Chromium (${TEST_DB})`, () => {
  let server: RunningServer;
  let session: Session;
  let api: Api;
  let page: Page;
  let towerId = 0;
  let deviceId = 0;
  let windowId = 0;
  let outside: string[] = [];

  const activeRows = () => page.getByTestId('maintenance-active-rows');
  const deviceRow = () => page.getByTestId(`device-row-${deviceId}`);
  /** A flag set in the page's window: still there means the app never reloaded. */
  const notReloaded = () => page.evaluate(() => (window as unknown as { torreNoReload?: boolean }).torreNoReload === true);

  beforeAll(async () => {
    session = await openSession();
    ({ server, page, outside, api } = session);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('signs in and creates a tower and a device through the API', async () => {
    await signInFirstTime(page, server.baseUrl, NEW_PASSWORD);
    const tower = await api.post<{ id: number }>('/api/towers', { name: 'Torre Serra Azul', latitude: -15.8, longitude: -47.9 });
    towerId = tower.id;
    deviceId = (await api.post<{ id: number; maintenance: boolean }>('/api/devices', { ...DEVICE, towerId: tower.id })).id;
    expect(deviceId).toBeGreaterThan(0);
  });

  it('opens the form from the device page with the device already chosen', async () => {
    await page.goto(`${server.baseUrl}/equipment/${deviceId}`);
    await page.getByTestId('device-maintenance').click();
    await page.waitForURL((u) => u.pathname === '/maintenance' && u.searchParams.get('targetId') === String(deviceId));
    const target = page.getByTestId('maintenance-target');
    await expect.poll(() => target.inputValue()).toBe(DEVICE.name);
    expect(await page.getByTestId('maintenance-scope').inputValue()).toBe('device');
    expect(await activeRows().textContent()).toContain('Nenhuma manutenção em andamento.');
  });

  it('shows field errors: its own before sending, the server’s next to the field it names', async () => {
    await page.evaluate(() => ((window as unknown as { torreNoReload?: boolean }).torreNoReload = true));
    // The sidebar link: a fresh form, without the shortcut's device.
    await page.getByTestId('nav-maintenance').click();
    await expect.poll(() => page.getByTestId('maintenance-target').inputValue()).toBe('');
    await page.getByTestId('maintenance-submit').click();
    await expect.poll(() => page.getByTestId('maintenance-form').textContent()).toContain('Escolha o alvo.');

    await page.getByTestId('maintenance-target').fill('Serra');
    await page.getByTestId(`maintenance-target-option-${deviceId}`).click();
    expect(await page.getByTestId('maintenance-target').inputValue()).toBe(DEVICE.name);
    // Three hours ago for 30 minutes: over already, which only the server tells.
    await page.getByTestId('maintenance-start-at').check();
    const threeHoursAgo = await page.evaluate((ms) => {
      const d = new Date(Date.now() - ms);
      const p = (n: number) => String(n).padStart(2, '0');
      return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
    }, 3 * HOUR_MS);
    await page.getByTestId('maintenance-starts-at').fill(threeHoursAgo);
    await page.getByTestId('maintenance-duration').selectOption('m30');
    await page.getByTestId('maintenance-submit').click();
    const duration = page.getByTestId('maintenance-duration');
    await expect.poll(() => duration.getAttribute('aria-invalid')).toBe('true');
    const errorId = await duration.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${errorId}"]`).textContent()).toBe('Esta janela já teria terminado.');
    expect((await api.get<{ items: Window[] }>('/api/maintenance?state=all')).items).toEqual([]);
  });

  it('creates a window for the device for 1 hour with a reason, listed under "Ativas agora"', async () => {
    await page.getByTestId('maintenance-start-now').check();
    await page.getByTestId('maintenance-duration').selectOption('h1');
    await page.getByTestId('maintenance-reason').fill(REASON);
    await page.getByTestId('maintenance-submit').click();
    await page.getByTestId('maintenance-created').waitFor();

    const row = activeRows().locator(`[data-testid^="maintenance-row-"][data-target-id="${deviceId}"]`);
    await row.waitFor();
    expect(await row.getByTestId('maintenance-target-link').textContent()).toBe(DEVICE.name);
    expect(await row.getByTestId('maintenance-target-link').getAttribute('href')).toBe(`/equipment/${deviceId}`);
    expect(await row.getByTestId('maintenance-reason').textContent()).toBe(REASON);
    expect(await row.getByTestId('maintenance-weekly-badge').count()).toBe(0);
    windowId = Number((await row.getAttribute('data-testid'))?.replace('maintenance-row-', ''));

    const [created] = (await api.get<{ items: Window[] }>('/api/maintenance?state=active')).items;
    expect(created).toMatchObject({ id: windowId, scope: 'device', targetId: deviceId, reason: REASON, endedAt: null });
    expect(Date.parse(created!.endsAt) - Date.parse(created!.startsAt)).toBe(HOUR_MS);
    // The form starts over for the next window.
    expect(await page.getByTestId('maintenance-target').inputValue()).toBe('');
  });

  it('shows "Em manutenção" on the Equipment list and on the device page', async () => {
    await page.getByTestId('nav-equipment').click();
    const badge = deviceRow().getByTestId('maintenance-badge');
    await badge.waitFor();
    expect(await badge.textContent()).toBe('Em manutenção');
    // The status filter offers "Em manutenção", kept in the URL.
    await page.getByTestId('status-filter').selectOption('maintenance');
    await page.waitForURL((u) => u.searchParams.get('maintenance') === 'true');
    await badge.waitFor();
    await deviceRow().getByRole('link', { name: DEVICE.name }).click();
    await page.getByTestId('device-status').waitFor();
    await expect.poll(() => page.getByTestId('maintenance-badge').count()).toBe(1);
  });

  it('marks the tower on the map, with the count in its popup', async () => {
    await page.getByTestId('nav-map').click();
    const marker = page.getByTestId(`tower-marker-${towerId}`);
    await marker.waitFor();
    expect(await marker.getAttribute('data-maintenance')).toBe('true');
    await marker.click();
    await expect.poll(() => page.getByTestId(`tower-popup-${towerId}`).textContent()).toContain('1 em manutenção');
  });

  it('ends it with "Encerrar agora": it leaves the active list and the badge goes away', async () => {
    await page.getByTestId('nav-maintenance').click();
    const row = activeRows().getByTestId(`maintenance-row-${windowId}`);
    await row.getByTestId('maintenance-end').click();
    expect(await page.getByTestId('confirm-dialog').textContent()).toContain(DEVICE.name);
    await page.getByTestId('confirm-ok').click();
    await row.waitFor({ state: 'detached' });
    expect(await activeRows().textContent()).toContain('Nenhuma manutenção em andamento.');

    // Kept among the ended ones, collapsed until asked for.
    expect(await page.getByTestId('maintenance-past-rows').count()).toBe(0);
    await page.getByTestId('maintenance-past-toggle').click();
    const ended = page.getByTestId('maintenance-past-rows').getByTestId(`maintenance-row-${windowId}`);
    await ended.waitFor();
    expect(await ended.textContent()).toContain('Encerrada em');
    expect(await ended.getByTestId('maintenance-end').count()).toBe(0);

    await page.getByTestId('nav-equipment').click();
    await deviceRow().waitFor();
    await expect.poll(() => deviceRow().getByTestId('maintenance-badge').count()).toBe(0);
    await page.getByTestId('status-filter').selectOption('maintenance');
    await expect.poll(() => deviceRow().count()).toBe(0);
    await page.getByTestId('status-filter').selectOption('');
    await deviceRow().waitFor();
    const device = await api.get<{ maintenance: boolean }>(`/api/devices/${deviceId}`);
    expect(device.maintenance).toBe(false);
    expect(await notReloaded()).toBe(true);
  });

  it('sent no request outside this machine', () => {
    expect(outside).toEqual([]);
  });
});
