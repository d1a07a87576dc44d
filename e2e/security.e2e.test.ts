import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openSession, type Session } from './support/session.js';
import { signInFirstTime } from './support/sign-in.js';

const TEST_DB = process.env.TEST_DB ?? 'sqlite';
const PASSWORD = 'senha-nova-segura-1';
/** A 1×1 PNG: every tile the map asks for. */
const TILE = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

function listen(handler: http.RequestListener): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer(handler);
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        // The browser keeps connections open; close them rather than wait for them.
        close: () => new Promise((r) => {
          server.close(() => r());
          server.closeAllConnections();
        }),
      }),
    ),
  );
}

/** Pages another loopback origin (same site: same host, another port) serves to the signed-in browser. */
function attackerPages(target: string): Record<string, string> {
  const autoSubmit = (enctype: string, inputs: string) =>
    `<!doctype html><form method="POST" action="${target}/api/devices" enctype="${enctype}">${inputs}</form><script>document.forms[0].submit()</script>`;
  return {
    // The classic JSON-in-a-form trick: the body reads {"name":…,"pad":"="}.
    '/plain': autoSubmit('text/plain', `<input name='{"name":"Forged plain","host":"10.66.0.1","type":"router","pad":"' value='"}'>`),
    '/urlencoded': autoSubmit('application/x-www-form-urlencoded', '<input name="name" value="Forged form"><input name="host" value="10.66.0.2"><input name="type" value="router">'),
  };
}

describe(`browser safety in Chromium (${TEST_DB})`, () => {
  let session: Session;
  let page: Page;
  let tiles: Awaited<ReturnType<typeof listen>>;
  let tileHits = 0;
  const violations: string[] = [];

  beforeAll(async () => {
    tiles = await listen((_req, res) => {
      tileHits++;
      res.writeHead(200, { 'content-type': 'image/png' }).end(TILE);
    });
    session = await openSession({ MAP_TILE_URL: `${tiles.url}/{z}/{x}/{y}.png` });
    page = session.page;
    page.on('console', (m) => {
      if (/Content Security Policy|CSP-VIOLATION/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
    });
    // Reported by the page itself as well, in case the console wording changes.
    await page.context().addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP-VIOLATION ${e.violatedDirective} ${e.blockedURI}`)),
    );
    await signInFirstTime(page, session.server.baseUrl, PASSWORD);
  });
  afterAll(async () => {
    await session?.close();
    await tiles?.close();
  });

  it('a same-site page cannot make the signed-in browser create a device with a form post', async () => {
    const target = session.server.baseUrl;
    const pages = attackerPages(target);
    const attacker = await listen((req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(pages[req.url ?? ''] ?? ''));
    try {
      for (const path of Object.keys(pages)) {
        const forged = page.waitForResponse((r) => r.url() === `${target}/api/devices` && r.request().method() === 'POST', { timeout: 15_000 });
        // The form submits as the page loads, which Playwright reports as an interrupted navigation.
        const [response] = await Promise.all([forged, page.goto(`${attacker.url}${path}`).catch(() => null)]);
        const sent = await response.request().allHeaders();
        // The SameSite=Lax cookie does go along (same site), so only the CSRF rule stops it.
        expect(sent.cookie, path).toContain('torre_session=');
        expect(sent['sec-fetch-site'], path).toBe('same-site');
        expect(response.status(), path).toBe(403);
      }
    } finally {
      await attacker.close();
    }
    const { items } = await session.api.get<{ items: { name: string }[] }>('/api/devices');
    expect(items.filter((d) => d.name.startsWith('Forged'))).toEqual([]);
  });

  it('the app works under its CSP: dashboard with live updates, map with tiles, device page, API docs; no violations', async () => {
    const base = session.server.baseUrl;
    const device = await session.api.post<{ id: number }>('/api/devices', { name: 'CSP Router', host: '127.0.0.1', type: 'router' });

    const stream = page.waitForResponse((r) => r.url() === `${base}/api/stream`);
    await page.goto(`${base}/`);
    expect((await stream).status()).toBe(200);
    await page.getByTestId('nav-map').waitFor();
    const headers = (await page.request.get(`${base}/`)).headers();
    expect(headers['content-security-policy']).toContain(`img-src 'self' data: ${tiles.url}`);
    expect(headers['x-frame-options']).toBe('DENY');

    await page.goto(`${base}/map`);
    await page.getByTestId('map').waitFor();
    await expect.poll(() => page.locator('img.leaflet-tile-loaded').count()).toBeGreaterThan(0);
    expect(tileHits).toBeGreaterThan(0);

    await page.goto(`${base}/equipment/${device.id}`);
    await expect.poll(() => page.getByTestId('device-detail-host').textContent()).toContain('127.0.0.1');

    await page.goto(`${base}/api/docs`);
    await page.locator('.swagger-ui .opblock').first().waitFor();
    // Late loads (fonts, images) report after the first paint.
    await page.waitForTimeout(500);
    expect(violations).toEqual([]);
    expect(session.outside).toEqual([]);
  });
});
