import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { createIcmpBlocker } from '../server/src/test-support/icmp-block.js';
import type { RunningServer } from './support/server.js';
import { openSession, type Api, type Session } from './support/session.js';
import { signInFirstTime } from './support/sign-in.js';

const TEST_DB = process.env.TEST_DB ?? 'sqlite';
const SCREENSHOTS = process.env.SCREENSHOTS === '1' ? path.resolve(import.meta.dirname, '../docs/screenshots') : null;
// This file's own loopback addresses, one range per database run.
const NET = TEST_DB === 'postgres' ? '127.84.2' : '127.84.1';
const PHONE = { width: 390, height: 844 };

interface Spec {
  name: string;
  type: 'router' | 'switch' | 'ap' | 'ptp' | 'station';
  tower: string;
  parent?: string;
}
const TOWERS = [
  { code: 'CEN', name: 'Torre Centro', latitude: -22.9, longitude: -43.2, uplink: 'RB-Centro' },
  { code: 'SAZ', name: 'Torre Serra Azul', latitude: -22.95, longitude: -43.29, uplink: 'PtP-SAZ' },
  { code: 'FBE', name: 'Torre Fazenda Boa Esperança', latitude: -22.87, longitude: -43.35, uplink: 'PtP-FBE' },
];
const DEVICES: Spec[] = [
  { name: 'RB-Centro', type: 'router', tower: 'CEN' },
  { name: 'PtP-CEN→SAZ', type: 'ptp', tower: 'CEN', parent: 'RB-Centro' },
  { name: 'PtP-CEN→FBE', type: 'ptp', tower: 'CEN', parent: 'RB-Centro' },
  { name: 'PtP-SAZ', type: 'ptp', tower: 'SAZ', parent: 'PtP-CEN→SAZ' },
  { name: 'AP-SAZ-Norte-5GHz', type: 'ap', tower: 'SAZ', parent: 'PtP-SAZ' },
  { name: 'CPE Ana Serra Azul', type: 'station', tower: 'SAZ', parent: 'AP-SAZ-Norte-5GHz' },
  { name: 'CPE Bruno Serra Azul', type: 'station', tower: 'SAZ', parent: 'AP-SAZ-Norte-5GHz' },
  { name: 'CPE Carla Serra Azul', type: 'station', tower: 'SAZ', parent: 'AP-SAZ-Norte-5GHz' },
  { name: 'PtP-FBE', type: 'ptp', tower: 'FBE', parent: 'PtP-CEN→FBE' },
  { name: 'AP-FBE-Setor-Leste', type: 'ap', tower: 'FBE', parent: 'PtP-FBE' },
  { name: 'CPE Davi Fazenda', type: 'station', tower: 'FBE', parent: 'AP-FBE-Setor-Leste' },
  { name: 'CPE Elisa Fazenda', type: 'station', tower: 'FBE', parent: 'AP-FBE-Setor-Leste' },
];
const hostOf = (name: string) => `${NET}.${DEVICES.findIndex((d) => d.name === name) + 1}`;
/** Down for the whole file: an AP with customers behind it, so the tower has an open alert. */
const DOWN = 'AP-SAZ-Norte-5GHz';

describe(`the app on a phone, 390×844 (${TEST_DB})`, () => {
  let server: RunningServer;
  let session: Session;
  let api: Api;
  let page: Page;
  let outside: string[] = [];
  const towerIds: Record<string, number> = {};
  const deviceIds: Record<string, number> = {};
  const blocker = createIcmpBlocker();

  const scrollWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
  const screenshot = async (name: string, fullPage = false) => {
    if (!SCREENSHOTS) return;
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, name), fullPage });
  };
  /** Opens a page and waits until it has loaded what it shows (no "loading" left). */
  const open = async (url: string, ready: string) => {
    await page.goto(`${server.baseUrl}${url}`);
    await page.getByTestId(ready).first().waitFor();
    await expect.poll(() => page.locator('main [role="status"]', { hasText: 'Carregando' }).count(), { message: url }).toBe(0);
  };

  beforeAll(async () => {
    // Dropped before the server starts: the AP is never seen up, the monitor files it down.
    blocker.drop(hostOf(DOWN));
    session = await openSession({ PING_INTERVAL_SECONDS: '5', MAP_TILE_URL: 'off' });
    ({ server, page, api, outside } = session);
  }, 120_000);
  afterAll(async () => {
    blocker.restore();
    await session?.close();
  });

  it('signs in and builds three towers, a dozen devices, a maintenance window, a synthetic check, a user and a token', async () => {
    await page.setViewportSize(PHONE);
    await signInFirstTime(page, server.baseUrl, 'senha-nova-segura-1');
    for (const t of TOWERS) towerIds[t.code] = (await api.post<{ id: number }>('/api/towers', { name: t.name, code: t.code, latitude: t.latitude, longitude: t.longitude })).id;
    for (const d of DEVICES) {
      const body = { name: d.name, host: hostOf(d.name), type: d.type, towerId: towerIds[d.tower], ...(d.parent && { parentId: deviceIds[d.parent] }) };
      deviceIds[d.name] = (await api.post<{ id: number }>('/api/devices', body)).id;
    }
    for (const t of TOWERS) await api.patch(`/api/towers/${towerIds[t.code]}`, { uplinkDeviceId: deviceIds[t.uplink] });
    await api.post('/api/maintenance', { scope: 'tower', targetId: towerIds.FBE, durationMinutes: 120, reason: 'Troca do rádio do setor leste e realinhamento do PtP' });
    await api.post('/api/maintenance', { scope: 'device', targetId: deviceIds['PtP-SAZ'], startsAt: new Date(Date.now() + 86_400_000).toISOString(), durationMinutes: 60, recurrence: 'weekly', reason: 'Janela semanal' });
    await api.post('/api/synthetic', { name: 'Gateway do provedor de trânsito', check: { kind: 'icmp', host: `${NET}.200` } });
    await api.post('/api/users', { email: 'tecnico.campo@example.com', name: 'Técnica de Campo Ana Beatriz', role: 'operator', password: 'senha-do-tecnico-1' });
    await api.post('/api/tokens', { name: 'Integração com o sistema de chamados', expiresInDays: 90 });
  });

  it('opens the menu from its button, navigates from it and closes it', async () => {
    await page.goto(`${server.baseUrl}/`);
    const nav = page.locator('#main-nav');
    await expect.poll(() => nav.isVisible()).toBe(false);
    expect(await scrollWidth()).toBeLessThanOrEqual(PHONE.width);
    await page.getByTestId('nav-toggle').click();
    await expect.poll(() => nav.isVisible()).toBe(true);
    await expect.poll(() => page.getByTestId('nav-towers').isVisible()).toBe(true);
    await screenshot('menu-390.png');
    await page.getByTestId('nav-towers').click();
    await page.waitForURL((u) => u.pathname === '/towers');
    await expect.poll(() => nav.isVisible()).toBe(false);
    // What the header hides on a phone is in the menu: the account and the way out.
    await page.getByTestId('nav-toggle').click();
    await expect.poll(() => page.getByTestId('nav-account').isVisible()).toBe(true);
    await page.getByTestId('nav-toggle').click();
    await expect.poll(() => nav.isVisible()).toBe(false);
    // Escape closes it too.
    await page.getByTestId('nav-toggle').click();
    await expect.poll(() => nav.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => nav.isVisible()).toBe(false);
  });

  it('is installable: a linked, valid manifest and a service worker that serves the shell, never the API', async () => {
    const href = await page.locator('link[rel="manifest"]').getAttribute('href');
    expect(href).toBe('/manifest.webmanifest');
    const res = await page.request.get(`${server.baseUrl}${href}`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toBe('application/manifest+json');
    const manifest = (await res.json()) as { name: string; start_url: string; display: string; theme_color: string; icons: { src: string; sizes: string; purpose?: string }[] };
    expect(manifest).toMatchObject({ name: 'Torre', start_url: '/', display: 'standalone', theme_color: '#0f172a' });
    expect(manifest.icons.map((i) => `${i.sizes} ${i.purpose ?? 'any'}`).sort()).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
    for (const icon of manifest.icons) {
      const png = await page.request.get(`${server.baseUrl}${icon.src}`);
      expect(png.headers()['content-type'], icon.src).toBe('image/png');
      const [w, h] = icon.sizes.split('x').map(Number);
      const body = await png.body();
      expect([body.readUInt32BE(16), body.readUInt32BE(20)], icon.src).toEqual([w, h]);
    }

    const scope = await page.evaluate(() =>
      Promise.race([navigator.serviceWorker.ready.then((r) => r.scope), new Promise<string>((resolve) => setTimeout(() => resolve('no active worker after 20 s'), 20_000))]),
    );
    expect(scope).toBe(`${server.baseUrl}/`);
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller?.scriptURL ?? null)).toBe(`${server.baseUrl}/sw.js`);
    // The shell from the worker's cache, the API from the server, every time.
    const api = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/towers');
    const stream = page.waitForResponse((r) => new URL(r.url()).pathname === '/api/stream');
    const nav = await page.goto(`${server.baseUrl}/towers`);
    expect(nav?.fromServiceWorker()).toBe(true);
    expect((await api).fromServiceWorker()).toBe(false);
    expect((await stream).fromServiceWorker()).toBe(false);
    // What the server answers itself is never the app's page.
    for (const url of ['/metrics', '/api/docs']) {
      const res = await page.goto(`${server.baseUrl}${url}`);
      expect(res?.fromServiceWorker(), url).toBe(false);
      expect(await page.locator('#root').count(), url).toBe(0);
    }
    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) for (const req of await (await caches.open(name)).keys()) urls.push(new URL(req.url).pathname);
      return urls;
    });
    expect(cached).toContain('/index.html');
    expect(cached.some((u) => u.startsWith('/assets/index-'))).toBe(true);
    expect(cached.filter((u) => u.startsWith('/api/') || u.startsWith('/healthz'))).toEqual([]);

    // Offline, the app still opens (and says it cannot reach the server) instead of the browser's error page.
    await page.context().setOffline(true);
    try {
      await page.goto(`${server.baseUrl}/maintenance`);
      await page.locator('#root *').first().waitFor();
    } finally {
      await page.context().setOffline(false);
    }
  });

  it('fits every page in 390 px: no sideways scrolling, lists as cards', async () => {
    // The AP's outage reached its tower: an open alert on the tower page.
    await expect.poll(async () => (await api.get<{ items: { deviceId: number | null }[] }>('/api/alerts?state=open')).items.some((a) => a.deviceId === deviceIds[DOWN]), { timeout: 30_000, interval: 500 }).toBe(true);
    // [page, what shows it loaded, a list that must be cards (no table on the page), screenshot]
    const pages: [url: string, ready: string, cards: string | null, shot?: string][] = [
      ['/towers', 'towers-cards', `tower-card-${towerIds.SAZ}`, 'towers-390.png'],
      [`/towers/${towerIds.SAZ}`, 'tower-alerts-section', 'alerts-rows', 'tower-390.png'],
      [`/towers/${towerIds.SAZ}/edit`, 'tower-form', null, 'tower-edit-390.png'],
      ['/towers/new', 'tower-form', null],
      ['/map', 'map', null, 'map-390.png'],
      ['/maintenance', 'maintenance-active-rows', 'maintenance-active-rows', 'maintenance-390.png'],
      ['/synthetic', 'synthetic-rows', 'synthetic-rows', 'synthetic-390.png'],
      ['/settings', 'page-settings', null, 'settings-390.png'],
      ['/users', 'tokens-section', 'tokens-section', 'users-390.png'],
      ['/equipment/import', 'tower-import-section', null, 'import-390.png'],
      ['/account/password', 'current-password', null],
    ];
    const wide: Record<string, unknown> = {};
    for (const [url, ready, cards, shot] of pages) {
      await open(url, ready);
      const width = await scrollWidth();
      if (width > PHONE.width) wide[url] = width;
      // Nor a box inside the page that scrolls sideways (a table too wide for the screen).
      const boxes = await page.evaluate(() =>
        Array.from(document.querySelectorAll('main *'))
          .filter((e) => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX) && e.scrollWidth > e.clientWidth + 1)
          .map((e) => e.getAttribute('data-testid') ?? e.tagName),
      );
      if (boxes.length) wide[`${url} (inside)`] = boxes;
      if (cards) {
        await page.getByTestId(cards).first().waitFor();
        if (await page.locator('main table:visible').count()) wide[`${url} (a table)`] = await page.locator('main table:visible').count();
      }
      // The tower page whole: its open alerts are below the fold.
      if (shot) await screenshot(shot, ['tower-390.png', 'settings-390.png'].includes(shot));
    }
    expect(wide).toEqual({});
    // From the tower page, one tap opens the maintenance form with the tower chosen, form first.
    await open(`/towers/${towerIds.SAZ}`, 'tower-maintenance');
    await page.getByTestId('tower-maintenance').click();
    await page.waitForURL((u) => u.pathname === '/maintenance' && u.searchParams.get('targetId') === String(towerIds.SAZ));
    const form = (await page.getByTestId('maintenance-new').boundingBox())!;
    expect(form.y).toBeLessThan(PHONE.height);
    // The maintenance window's "end now" is on its card, on the screen.
    const end = page.getByTestId('maintenance-end').first();
    await open('/maintenance', 'maintenance-active-rows');
    const box = (await end.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    expect(outside).toEqual([]);
  });
});
