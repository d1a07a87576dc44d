import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from './support/server.js';
import { openSession, type Api, type Session } from './support/session.js';
import { signInFirstTime } from './support/sign-in.js';

const TEST_DB = process.env.TEST_DB ?? 'sqlite';
const SCREENSHOTS = process.env.SCREENSHOTS === '1' ? path.resolve(import.meta.dirname, '../docs/screenshots') : null;

interface TowerItem {
  name: string;
  code: string | null;
  uplinkDeviceId: number | null;
}

/** The import page as an operator starting out uses it: templates down, towers in, then equipment. */
describe(`tower import in Chromium (${TEST_DB})`, () => {
  let server: RunningServer;
  let session: Session;
  let api: Api;
  let page: Page;
  let outside: string[] = [];
  const towers = async () => (await api.get<{ items: TowerItem[] }>('/api/towers')).items;

  beforeAll(async () => {
    session = await openSession();
    ({ server, page, outside, api } = session);
    await signInFirstTime(page, server.baseUrl, 'senha-nova-segura-1');
  });
  afterAll(async () => {
    await session?.close();
  });

  /** Clicks a download link and returns what the browser saved. */
  const download = async (testId: string) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
    return { name: file.suggestedFilename(), path: (await file.path())!, text: fs.readFileSync((await file.path())!, 'utf8') };
  };

  it('downloads the tower and equipment templates from the import page', async () => {
    await page.goto(`${server.baseUrl}/equipment`);
    await page.getByTestId('device-import').click();
    await page.getByTestId('tower-import-section').waitFor();
    const towersFile = await download('tower-template');
    expect(towersFile.name).toBe('towers-template.csv');
    expect(towersFile.text.split('\n')[0]).toBe('name,code,latitude,longitude,uplink,address,notes');
    expect(towersFile.text.trim().split('\n')).toHaveLength(3);
    const devicesFile = await download('device-template');
    expect(devicesFile.text.split('\n')[0]).toMatch(/^name,host,type,/);
  });

  it('imports a tower file with bad lines: lists each one and writes nothing', async () => {
    await page.getByTestId('tower-import-csv').fill(
      ['name,code,latitude,longitude,uplink', 'Torre Serra Azul,SAZ,-22.9068,-47.0616,10.10.0.1', 'Torre Norte,NRT,-95,-47.1,', ',SEM,-22.1,-47.1,', 'Torre Azul 2,SAZ,-22.5,-47.5,'].join('\n'),
    );
    await page.getByTestId('tower-import-submit').click();
    await page.getByTestId('tower-import-errors').waitFor();
    expect(await page.getByTestId('tower-import-error-line-3').textContent()).toContain('latitude');
    expect(await page.getByTestId('tower-import-error-line-4').textContent()).toContain('name');
    expect(await page.getByTestId('tower-import-error-line-5').textContent()).toContain('line 2');
    expect(await page.getByTestId('tower-import-error-line-2').count()).toBe(0);
    // The equipment form on the same page shows nothing of it.
    expect(await page.getByTestId('import-errors').count()).toBe(0);
    expect(await towers()).toEqual([]);
    if (SCREENSHOTS) {
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.screenshot({ path: path.join(SCREENSHOTS, 'tower-import-1440.png'), fullPage: true });
    }
  });

  it('imports the tower template from a file, then the equipment template gives the towers their uplinks', async () => {
    const towersFile = await download('tower-template');
    await page.getByTestId('tower-import-file').setInputFiles(towersFile.path);
    await expect.poll(() => page.getByTestId('tower-import-csv').inputValue()).toContain('Torre Serra Azul');
    await page.getByTestId('tower-import-submit').click();
    await page.getByTestId('tower-import-success').waitFor();
    expect((await towers()).map((t) => [t.code, t.uplinkDeviceId])).toEqual([
      ['SAZ', null],
      ['VVD', null],
    ]);

    const devicesFile = await download('device-template');
    await page.getByTestId('import-file').setInputFiles(devicesFile.path);
    await expect.poll(() => page.getByTestId('import-csv').inputValue()).toContain('10.10.0.1');
    await page.getByTestId('import-submit').click();
    await page.getByTestId('import-success').waitFor();
    const devices = (await api.get<{ items: { id: number; host: string }[] }>('/api/devices?sort=host')).items;
    const idOf = (host: string) => devices.find((d) => d.host === host)!.id;
    expect((await towers()).map((t) => [t.code, t.uplinkDeviceId])).toEqual([
      ['SAZ', idOf('10.10.0.1')],
      ['VVD', idOf('10.10.1.2')],
    ]);
  });

  it('exports the towers as they now are, in English too', async () => {
    await page.getByTestId('language-switch').selectOption('en');
    await expect.poll(() => page.getByTestId('tower-export').textContent()).toBe('Export towers');
    const exported = await download('tower-export');
    expect(exported.name).toMatch(/^towers-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(exported.text).toContain('Torre Vale Verde,VVD,-22.819,-47.1072,10.10.1.2,');
    await page.getByTestId('language-switch').selectOption('pt-BR');
    await expect.poll(() => page.getByTestId('tower-export').textContent()).toBe('Exportar torres');
  });

  it('fits a phone screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await page.getByTestId('tower-import-section').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    if (SCREENSHOTS) await page.screenshot({ path: path.join(SCREENSHOTS, 'tower-import-390.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('sent no request outside this machine', () => {
    expect(outside).toEqual([]);
  });
});
