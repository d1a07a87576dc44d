import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Tower } from '../server/src/http/routes/towers/schema.js';
import type { RunningServer } from './support/server.js';
import { openSession, type Api, type Session } from './support/session.js';
import { signInFirstTime } from './support/sign-in.js';
import { cutTowerScene } from './support/cut-tower-scene.js';

const TEST_DB = process.env.TEST_DB ?? 'sqlite';
const SCREENSHOTS = process.env.SCREENSHOTS === '1' ? path.resolve(import.meta.dirname, '../docs/screenshots') : null;
// This file's own loopback addresses, one /24 per database run. Torre Centro's devices sit in
// .64/26, so one DROP rule cuts its uplink and silences everything behind it, as a real cut does.
const NET = TEST_DB === 'postgres' ? '127.81.4' : '127.81.3';
const CUT = `${NET}.64/26`;
const INTERVAL = 5;
const LIVE_TIMEOUT = 6 * INTERVAL * 1000;

const TOWERS = [
  { code: 'CRZ', name: 'Morro do Cruzeiro', latitude: -21.2453, longitude: -44.9997, uplink: 'R-CRZ' },
  { code: 'CEN', name: 'Centro', latitude: -21.2402, longitude: -45.0011, uplink: 'PTP-CRZ-CEN' },
  { code: 'VRC', name: 'Vila Rica', latitude: -21.2301, longitude: -44.9812, uplink: 'PTP-CRZ-VRC' },
] as const;
const DEVICES = cutTowerScene();

describe(`the incident-first dashboard in Chromium with a cut tower uplink (${TEST_DB})`, () => {
  let server: RunningServer;
  let session: Session;
  let api: Api;
  let page: Page;
  const towerIds: Record<string, number> = {};
  const deviceIds: Record<string, number> = {};
  const rule = ['OUTPUT', '-d', CUT, '-p', 'icmp', '-j', 'DROP'];
  let dropping = false;
  const restore = () => {
    if (dropping) execFileSync('iptables', ['-D', ...rule]);
    dropping = false;
  };
  const screenshot = async (name: string) => {
    if (!SCREENSHOTS) return;
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, name), fullPage: false });
  };

  beforeAll(async () => {
    // One packet lost under load must not read as an outage: two per round, down after one silent round.
    session = await openSession({ PING_INTERVAL_SECONDS: String(INTERVAL), PING_COUNT: '2', PING_TIMEOUT_MS: '1000', DOWN_AFTER: '1', DEFAULT_LANGUAGE: 'pt-BR', SYNTHETIC_INTERVAL_SECONDS: '10' });
    ({ server, page, api } = session);
  }, 60_000);
  afterAll(async () => {
    restore();
    await session?.close();
  });

  it('signs in and builds three towers with 33 devices, all up', async () => {
    await signInFirstTime(page, server.baseUrl, 'senha-nova-segura-1');
    for (const t of TOWERS) towerIds[t.code] = (await api.post<Tower>('/api/towers', { name: t.name, code: t.code, latitude: t.latitude, longitude: t.longitude })).id;
    for (const d of DEVICES) {
      deviceIds[d.name] = (await api.post<{ id: number }>('/api/devices', { name: d.name, host: `${NET}.${d.host}`, type: d.type, towerId: towerIds[d.tower], ...(d.parent && { parentId: deviceIds[d.parent] }) })).id;
    }
    for (const t of TOWERS) await api.patch(`/api/towers/${towerIds[t.code]}`, { uplinkDeviceId: deviceIds[t.uplink] });
    // Two "external" targets on loopback stand in for the transit: the internet verdict is OK.
    for (const [i, name] of ['Trânsito A', 'Trânsito B'].entries()) await api.post('/api/synthetic', { name, check: { kind: 'icmp', host: `${NET}.${250 + i}` }, external: true });
    await expect.poll(async () => (await api.get<{ up: number }>('/api/summary')).up, { timeout: LIVE_TIMEOUT, interval: 500 }).toBe(DEVICES.length);
    await expect.poll(async () => (await api.get<{ items: Tower[] }>('/api/towers')).items.map((t) => t.status), { timeout: LIVE_TIMEOUT, interval: 500 }).toEqual(['up', 'up', 'up']);
  }, 120_000);

  it('shows one "Agora" row for the cut uplink with its counts, and its dependents grouped under it', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${server.baseUrl}/`);
    await page.getByTestId('incidents-empty').waitFor();
    expect(await page.getByTestId('tower-count-up').getAttribute('data-count')).toBe('3');

    execFileSync('iptables', ['-I', ...rule]);
    dropping = true;
    const rows = page.getByTestId('incident-row');
    await expect.poll(() => page.getByTestId('tower-count-down').getAttribute('data-count').catch(() => null), { timeout: LIVE_TIMEOUT, interval: 250 }).toBe('1');
    await expect.poll(() => rows.count(), { timeout: LIVE_TIMEOUT, interval: 250 }).toBe(1);
    const row = rows.first();
    expect(await row.getAttribute('data-key')).toBe(`tower:${towerIds.CEN}`);
    const counts = row.getByTestId('incident-affected');
    // 1 tower; the PtP and both APs; 13 customers.
    expect([await counts.getAttribute('data-towers'), await counts.getAttribute('data-infrastructure'), await counts.getAttribute('data-customers')]).toEqual(['1', '3', '13']);
    expect(await counts.innerText()).toMatch(/1 torre\s*·\s*3 infra\s*·\s*13 clientes/);
    expect(await row.getByTestId('incident-tower').innerText()).toContain('Centro');
    expect(await row.getByTestId('incident-cause-device').getAttribute('href')).toBe(`/equipment/${deviceIds['PTP-CRZ-CEN']}`);
    expect(await row.getByTestId('incident-severity').getAttribute('data-severity')).toBe('critical');

    // One grouped change: "PTP-CRZ-CEN Fora do ar → 15 inalcançáveis", expandable.
    const changes = page.getByTestId('recent-events');
    const group = changes.getByTestId('change-group').first();
    await expect.poll(() => group.getAttribute('data-dependents'), { timeout: LIVE_TIMEOUT, interval: 250 }).toBe('15');
    expect(await group.locator('[data-role="head"]').getAttribute('data-device')).toBe('PTP-CRZ-CEN');
    expect(await group.getByTestId('change-dependents-toggle').innerText()).toContain('15 inalcançáveis');
    // No dependent's outage stands on its own.
    expect(await changes.locator('[data-role="head"]').filter({ has: page.locator('[data-testid="event-to"][data-status="unreachable"]') }).count()).toBe(0);
    await group.getByTestId('change-dependents-toggle').click();
    expect(await group.locator('[data-role="dependent"]').count()).toBe(15);
    // Reasons name the device depended on and link to it; no raw id anywhere on the dashboard.
    const upstream = group.getByTestId('reason-device').filter({ hasText: 'PTP-CRZ-CEN' }).first();
    expect(await upstream.getAttribute('href')).toBe(`/equipment/${deviceIds['PTP-CRZ-CEN']}`);
    expect(await page.locator('main').innerText()).not.toMatch(/#\d/);
    await expect.poll(() => page.getByTestId('synthetic-banner').getAttribute('data-state'), { timeout: 15_000, interval: 250 }).toBe('ok');
    await screenshot('dashboard-1440.png');

    // The counts open the affected devices, the cause first.
    await counts.click();
    const dialog = page.getByTestId('incident-affected-dialog');
    await expect.poll(() => dialog.getByTestId('incident-affected-device').count(), { timeout: 10_000 }).toBe(16);
    expect(await dialog.getByTestId('incident-affected-device').first().innerText()).toContain('PTP-CRZ-CEN');
    await page.keyboard.press('Escape');

    // Acknowledged from the row: who did it shows in its place.
    await row.getByTestId('incident-acknowledge').click();
    await expect.poll(() => row.getByTestId('incident-ack').innerText(), { timeout: 10_000 }).toMatch(/^por \S/);
  }, 2 * LIVE_TIMEOUT);

  it("names the device depended on, with a link, on a dependent's page and in its events; no raw id", async () => {
    await page.goto(`${server.baseUrl}/equipment/${deviceIds['AP-CEN-Sul']}`);
    const href = `/equipment/${deviceIds['PTP-CRZ-CEN']}`;
    const header = page.getByTestId('device-reason').getByTestId('reason-device');
    await header.waitFor();
    expect([await header.innerText(), await header.getAttribute('href')]).toEqual(['PTP-CRZ-CEN', href]);
    const inEvents = page.getByTestId('device-events').getByTestId('reason-device').first();
    await inEvents.waitFor();
    expect([await inEvents.innerText(), await inEvents.getAttribute('href')]).toEqual(['PTP-CRZ-CEN', href]);
    expect(await page.getByTestId('device-events').innerText()).toContain('Depende de PTP-CRZ-CEN');
    expect(await page.locator('main').innerText()).not.toMatch(/#\d/);
    await screenshot('device-upstream-reason-1440.png');
    await page.setViewportSize({ width: 390, height: 844 });
    // Its events become cards, the reason's link in reach.
    const onPhone = page.getByTestId('device-events').locator('li').getByTestId('reason-device').first();
    await onPhone.scrollIntoViewIfNeeded();
    expect(await onPhone.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot('device-upstream-reason-390.png');
  });

  it('fits a phone: "Agora" as a card, no sideways scroll', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.baseUrl}/`);
    await page.getByTestId('incident-row').first().waitFor();
    await page.getByTestId('change-group').first().waitFor();
    expect(await page.getByTestId('incident-row').count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot('dashboard-390.png');
  });
});
