import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from './support/server.js';
import { openSession, type Api, type Session } from './support/session.js';

const TEST_DB = process.env.TEST_DB ?? 'sqlite';
const NEW_PASSWORD = 'senha-nova-segura-1';

describe(`web app in Chromium (${TEST_DB})`, () => {
  let server: RunningServer;
  let session: Session;
  let api: Api;
  let page: Page;
  let outside: string[] = [];

  beforeAll(async () => {
    session = await openSession();
    ({ server, page, outside, api } = session);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('signs in as the default admin and is made to change the password first', async () => {
    await page.goto(`${server.baseUrl}/equipment`);
    await page.waitForURL(/\/login/);
    await page.getByTestId('login-email').fill('admin@admin.com');
    await page.getByTestId('login-password').fill('wrong-password');
    await page.getByTestId('login-submit').click();
    await expect.poll(() => page.getByTestId('login-error').isVisible()).toBe(true);
    await page.getByTestId('login-password').fill('admin');
    await page.getByTestId('login-submit').click();
    await page.waitForURL(/\/change-password/);
    // Nothing else is reachable until the password changes.
    await page.goto(`${server.baseUrl}/towers`);
    await page.waitForURL(/\/change-password/);
    await page.getByTestId('current-password').fill('admin');
    await page.getByTestId('new-password').fill(NEW_PASSWORD);
    await page.getByTestId('confirm-password').fill(NEW_PASSWORD);
    await page.getByTestId('password-submit').click();
    await page.waitForURL((u) => !u.pathname.startsWith('/change-password') && !u.pathname.startsWith('/login'));
    await expect.poll(() => page.getByTestId('nav-towers').isVisible()).toBe(true);
    const me = await api.get<{ mustChangePassword: boolean }>('/api/auth/me');
    expect(me.mustChangePassword).toBe(false);
  });

  it('places a tower by clicking on the map, and its marker shows without tiles', async () => {
    await page.getByTestId('nav-map').click();
    const map = page.getByTestId('map');
    await map.waitFor();
    await page.getByTestId('place-tower').click();
    const box = (await map.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.getByTestId('tower-name').fill('Torre Serra Azul');
    await page.getByTestId('tower-code').fill('SAZ');
    const lat = Number(await page.getByTestId('tower-latitude').inputValue());
    const lng = Number(await page.getByTestId('tower-longitude').inputValue());
    expect(lat).toBeGreaterThanOrEqual(-90);
    expect(lat).toBeLessThanOrEqual(90);
    await page.getByTestId('tower-submit').click();
    const towers = await expect
      .poll(async () => (await api.get<{ items: { id: number; name: string; latitude: number; longitude: number }[] }>('/api/towers')).items)
      .toHaveLength(1)
      .then(() => api.get<{ items: { id: number; name: string; latitude: number; longitude: number }[] }>('/api/towers'));
    const tower = towers.items[0]!;
    expect(tower).toMatchObject({ name: 'Torre Serra Azul' });
    expect(tower.latitude).toBeCloseTo(lat, 4);
    expect(tower.longitude).toBeCloseTo(lng, 4);
    await page.getByTestId(`tower-marker-${tower.id}`).waitFor();
  });

  it('creates a device and a second one depending on it', async () => {
    const towerId = (await api.get<{ items: { id: number }[] }>('/api/towers')).items[0]!.id;
    await page.getByTestId('nav-equipment').click();
    await page.getByTestId('device-new').click();
    await page.getByTestId('device-name').fill('RB-Core');
    await page.getByTestId('device-host').fill('127.0.10.1');
    await page.getByTestId('device-type').selectOption('router');
    await page.getByTestId('device-tower').selectOption(String(towerId));
    await page.getByTestId('device-submit').click();
    await expect.poll(async () => (await api.get<{ total: number }>('/api/devices')).total).toBe(1);
    const core = (await api.get<{ items: { id: number }[] }>('/api/devices')).items[0]!;

    await page.getByTestId('nav-equipment').click();
    await page.getByTestId('device-new').click();
    await page.getByTestId('device-name').fill('AP Setor Norte');
    await page.getByTestId('device-host').fill('127.0.10.2');
    await page.getByTestId('device-type').selectOption('ap');
    await page.getByTestId('device-tower').selectOption(String(towerId));
    // Chosen with the keyboard: Enter picks the highlighted option and does not submit the form.
    await page.getByTestId('device-parent').fill('RB-Core');
    await page.getByTestId(`device-parent-option-${core.id}`).waitFor();
    await page.getByTestId('device-parent').press('ArrowDown');
    await page.getByTestId('device-parent').press('Enter');
    await expect.poll(() => page.getByTestId('device-parent').inputValue()).toContain('RB-Core');
    expect((await api.get<{ total: number }>('/api/devices')).total).toBe(1);
    await page.getByTestId('device-submit').click();
    await expect.poll(async () => (await api.get<{ total: number }>('/api/devices')).total).toBe(2);
    const ap = (await api.get<{ items: { name: string; parentId: number | null; towerId: number | null }[] }>('/api/devices?q=setor')).items[0]!;
    expect(ap).toMatchObject({ name: 'AP Setor Norte', parentId: core.id, towerId });
  });

  it('imports a CSV with one bad line: shows that line and why, and writes nothing', async () => {
    await page.getByTestId('nav-equipment').click();
    await page.getByTestId('device-import').click();
    const csv = [
      'name,host,type,tower,parent',
      'CPE Maria,127.0.20.1,station,SAZ,127.0.10.2',
      'CPE João,127.0.20.2,radio,SAZ,127.0.10.2',
      'CPE Ana,127.0.20.3,station,SAZ,',
    ].join('\n');
    await page.getByTestId('import-csv').fill(csv);
    await page.getByTestId('import-submit').click();
    const row = page.getByTestId('import-error-line-3');
    await row.waitFor();
    expect(await row.textContent()).toContain('type');
    expect(await page.getByTestId('import-error-line-2').count()).toBe(0);
    expect((await api.get<{ total: number }>('/api/devices')).total).toBe(2);

    await page.getByTestId('import-csv').fill(csv.replace('radio', 'station'));
    await page.getByTestId('import-submit').click();
    await page.getByTestId('import-success').waitFor();
    expect((await api.get<{ total: number }>('/api/devices')).total).toBe(5);
  });

  it('switches between Portuguese and English', async () => {
    await page.getByTestId('nav-towers').click();
    const label = () => page.getByTestId('nav-towers').textContent();
    expect(await label()).toContain('Torres');
    await page.getByTestId('language-switch').selectOption('en');
    await expect.poll(label).toContain('Towers');
    await page.getByTestId('language-switch').selectOption('pt-BR');
    await expect.poll(label).toContain('Torres');
  });

  it('is usable on a phone: the menu folds away and no page is wider than the screen', async () => {
    await page.setViewportSize({ width: 390, height: 800 });
    for (const path of ['/equipment', '/towers', '/map', '/users', '/equipment/import']) {
      await page.goto(`${server.baseUrl}${path}`);
      await page.getByTestId('nav-toggle').waitFor();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, path).toBeLessThanOrEqual(390);
    }
    expect(await page.getByTestId('nav-towers').isVisible()).toBe(false);
    await page.getByTestId('nav-toggle').click();
    await page.getByTestId('nav-towers').click();
    await page.waitForURL(/\/towers$/);
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('sent no request outside this machine', () => {
    expect(outside).toEqual([]);
  });
});
