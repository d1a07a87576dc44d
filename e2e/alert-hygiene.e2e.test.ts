import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from './support/server.js';
import { openSession, type Api, type Session } from './support/session.js';
import { signInFirstTime } from './support/sign-in.js';
import { cutTowerScene, type SceneDevice } from './support/cut-tower-scene.js';

const TEST_DB = process.env.TEST_DB ?? 'sqlite';
const SCREENSHOTS = process.env.SCREENSHOTS === '1' ? path.resolve(import.meta.dirname, '../docs/screenshots') : null;
// This file's own loopback addresses, one /24 per database run. Torre Centro's devices sit in
// .64/26, so one DROP rule cuts its uplink and everything behind it, as a real cut does.
const NET = TEST_DB === 'postgres' ? '127.82.20' : '127.82.10';
const CUT = `${NET}.64/26`;
const LONE = `${NET}.20`;
const INTERVAL = 5;
const LIVE_TIMEOUT = 6 * INTERVAL * 1000;

// Names as operators write them: "Torre ..." already, which messages must not double.
const TOWERS = [
  { code: 'CRZ', name: 'Torre Morro do Cruzeiro', uplink: 'R-CRZ' },
  { code: 'CEN', name: 'Torre Centro', uplink: 'PTP-CRZ-CEN' },
  { code: 'VRC', name: 'Vila Rica', uplink: 'PTP-CRZ-VRC' },
] as const;
const DEVICES = cutTowerScene();

describe(`alert hygiene in Chromium: duration, filters, the affected panel, cards on a phone (${TEST_DB})`, () => {
  let server: RunningServer;
  let session: Session;
  let api: Api;
  let page: Page;
  const towerIds: Record<string, number> = {};
  const deviceIds: Record<string, number> = {};
  const rules = [CUT, LONE].map((host) => ['OUTPUT', '-d', host, '-p', 'icmp', '-j', 'DROP']);
  let dropping = false;
  const restore = () => {
    if (dropping) for (const rule of rules) execFileSync('iptables', ['-D', ...rule]);
    dropping = false;
  };
  const screenshot = async (name: string) => {
    if (!SCREENSHOTS) return;
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, name), fullPage: false });
  };
  const rowOf = (name: string) => page.locator(`[data-testid^="alert-row-"][data-device-id="${deviceIds[name]}"]`);

  beforeAll(async () => {
    session = await openSession({ PING_INTERVAL_SECONDS: String(INTERVAL), PING_COUNT: '2', PING_TIMEOUT_MS: '1000', DOWN_AFTER: '1', DEFAULT_LANGUAGE: 'pt-BR' });
    ({ server, page, api } = session);
  }, 60_000);
  afterAll(async () => {
    restore();
    await session?.close();
  });

  it('builds three towers with 33 devices, one tower’s uplink cut and one customer down alone', async () => {
    await signInFirstTime(page, server.baseUrl, 'senha-nova-segura-1');
    // Cut before the first round, so the outage shows at once (a fresh device goes from unknown to down).
    for (const rule of rules) execFileSync('iptables', ['-I', ...rule]);
    dropping = true;
    for (const [i, t] of TOWERS.entries()) towerIds[t.code] = (await api.post<{ id: number }>('/api/towers', { name: t.name, code: t.code, latitude: -21.24 + i / 100, longitude: -45 })).id;
    // One import; every device names its parent, so none depends on a tower uplink not yet set.
    const hostOf = (name: string) => `${NET}.${DEVICES.find((d) => d.name === name)!.host}`;
    const uplinkOf = (tower: SceneDevice['tower']) => TOWERS.find((t) => t.code === tower)!.uplink;
    const csv = [
      'name,host,type,tower,parent',
      ...DEVICES.map((d) => {
        const parent = d.parent ?? (d.name === uplinkOf(d.tower) ? undefined : uplinkOf(d.tower));
        return `${d.name},${NET}.${d.host},${d.type},${TOWERS.find((t) => t.code === d.tower)!.name},${parent ? hostOf(parent) : ''}`;
      }),
    ].join('\n');
    const imported = await page.request.post(`${server.baseUrl}/api/devices/import`, { headers: { 'content-type': 'text/csv' }, data: csv });
    expect(imported.status(), await imported.text()).toBe(200);
    for (const d of (await api.get<{ items: { id: number; name: string }[] }>('/api/devices?limit=100')).items) deviceIds[d.name] = d.id;
    for (const t of TOWERS) await api.patch(`/api/towers/${towerIds[t.code]}`, { uplinkDeviceId: deviceIds[t.uplink] });
    const open = async () => (await api.get<{ items: { deviceName: string; notifiedAt: string | null; belowMinimum: boolean }[] }>('/api/alerts?state=open')).items;
    // The cut link's alert, announced; the lone customer's, kept (a station is below the minimum sent).
    await expect
      .poll(async () => (await open()).filter((a) => a.notifiedAt !== null || a.belowMinimum).map((a) => a.deviceName).sort(), { timeout: LIVE_TIMEOUT, interval: 500 })
      .toEqual(['CPE VRC 01', 'PTP-CRZ-CEN']);
  }, 120_000);

  it('lists alerts with their duration and by name at 1440 px, and filters by severity, tower, type and "not sent"', async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${server.baseUrl}/alerts`);
    const root = rowOf('PTP-CRZ-CEN');
    await root.waitFor();
    expect(await root.getByTestId('alert-message').textContent()).toBe('Torre Centro: PTP-CRZ-CEN fora do ar; 15 equipamentos afetados');
    expect(await root.getByTestId('alert-duration').textContent()).toMatch(/^\d+ (s|min) em aberto$/);
    expect(await root.getByTestId('alert-tower').textContent()).toBe('Torre Centro');
    expect(await page.locator('main').innerText()).not.toMatch(/#\d|há \d/);
    await screenshot('alerts-1440.png');

    const shown = async () => (await page.getByTestId('alerts-rows').locator('[data-testid^="alert-row-"]').all()).length;
    await page.getByTestId('alerts-severity').selectOption('warning');
    await expect.poll(() => page.getByTestId('alerts-rows').locator('[data-testid="alert-device"]').allTextContents()).toEqual(['CPE VRC 01']);
    await page.getByTestId('alerts-severity').selectOption('');
    await page.getByTestId('alerts-tower').focus();
    await page.getByTestId('alerts-tower').locator('option', { hasText: 'Torre Centro' }).waitFor({ state: 'attached' });
    await page.getByTestId('alerts-tower').selectOption({ label: 'Torre Centro' });
    await expect.poll(() => page.getByTestId('alerts-rows').locator('[data-testid="alert-device"]').allTextContents()).toEqual(['PTP-CRZ-CEN']);
    await page.getByTestId('alerts-tower').selectOption('');
    await page.getByTestId('alerts-type').selectOption('station');
    await expect.poll(() => page.getByTestId('alerts-rows').locator('[data-testid="alert-device"]').allTextContents()).toEqual(['CPE VRC 01']);
    await page.getByTestId('alerts-type').selectOption('');
    // The box follows the URL, which the router updates in a transition: click, then wait for it.
    await page.getByTestId('alerts-not-sent').click();
    await expect.poll(() => page.getByTestId('alerts-not-sent').isChecked()).toBe(true);
    await expect.poll(() => page.getByTestId('alerts-rows').locator('[data-testid="alert-device"]').allTextContents()).toEqual(['CPE VRC 01']);
    expect(page.url()).toContain('notSent=1');
    await page.getByTestId('alerts-not-sent').click();
    await expect.poll(() => page.getByTestId('alerts-not-sent').isChecked()).toBe(false);
    await expect.poll(shown).toBeGreaterThanOrEqual(2);

    // The UI's language words the messages, whatever the server's (pt-BR here).
    await page.getByTestId('language-switch').selectOption('en');
    await expect.poll(() => root.getByTestId('alert-message').textContent()).toBe('Torre Centro: PTP-CRZ-CEN is down; 15 devices affected');
    await page.getByTestId('language-switch').selectOption('pt-BR');
    await expect.poll(() => root.getByTestId('alert-message').textContent()).toBe('Torre Centro: PTP-CRZ-CEN fora do ar; 15 equipamentos afetados');
  }, 60_000);

  it('at 390x844 shows cards without sideways scroll, acknowledges on a card and opens the affected panel', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.baseUrl}/alerts`);
    const card = rowOf('PTP-CRZ-CEN');
    await card.waitFor();
    expect(await card.evaluate((el) => el.tagName)).toBe('LI');
    // Filters fold behind one button.
    expect(await page.getByTestId('alerts-severity').isVisible()).toBe(false);
    expect(await page.getByTestId('alerts-filters-toggle').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot('alerts-390.png');

    const ack = card.getByTestId('alert-acknowledge');
    const box = await ack.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 390).toBe(true);
    await ack.click();
    await expect.poll(() => card.getByTestId('alert-acknowledged').textContent().catch(() => ''), { timeout: 10_000 }).toBe('reconhecido por Administrator');

    await card.getByTestId('alert-affected').click();
    const panel = page.getByTestId('alert-affected-panel');
    await panel.waitFor();
    await expect.poll(() => panel.getByTestId('alert-affected-device').count()).toBe(15);
    expect(await panel.getByRole('heading').textContent()).toBe('15 equipamentos afetados por PTP-CRZ-CEN');
    const first = panel.getByTestId('alert-affected-device').first();
    expect(await first.innerText()).toMatch(/AP-CEN-Leste[\s\S]*127\.82\.\d+\.66 · Access point · infraestrutura · Torre Centro[\s\S]*Inalcançável/i);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot('alerts-affected-390.png');
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
  }, 60_000);
});
