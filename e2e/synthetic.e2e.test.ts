import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from './support/server.js';
import { openSession, type Api, type Session } from './support/session.js';
import { signInFirstTime } from './support/sign-in.js';

const TEST_DB = process.env.TEST_DB ?? 'sqlite';
const NEW_PASSWORD = 'senha-nova-segura-1';
// This file's own loopback address, one per database run.
const ICMP_HOST = TEST_DB === 'postgres' ? '127.0.45.1' : '127.0.44.1';
const HTTP_NAME = 'Portal loopback';
const ICMP_NAME = 'Roteador de borda';
const ICMP_RENAMED = 'Roteador de borda (core)';
// A round every 10 s (the minimum); one round turns a check up or down.
const INTERVAL_S = 10;
const ROUND_TIMEOUT = 2 * INTERVAL_S * 1000 + 5_000;
// Pictures for the docs only when asked for (SCREENSHOTS=1): a test run leaves the tree as it was.
const SCREENSHOT = process.env.SCREENSHOTS === '1' ? path.resolve(import.meta.dirname, '../docs/screenshots/synthetic.png') : null;

interface Target {
  id: number;
  name: string;
  enabled: boolean;
  status: string;
}

describe(`synthetic checks in Chromium (${TEST_DB})`, () => {
  let server: RunningServer;
  let session: Session;
  let api: Api;
  let page: Page;
  /** The "outside world" the HTTP check looks at: this machine, answering 200 or 503 on demand. */
  let site: http.Server;
  let siteUrl = '';
  let siteFailing = false;
  let outside: string[] = [];

  const row = (name: string) => page.locator(`[data-testid^="synthetic-row-"][data-name="${name}"]`);
  const banner = () => page.getByTestId('synthetic-banner');
  /** A flag set in the page's window: still there means the app never reloaded. */
  const notReloaded = () => page.evaluate(() => (window as unknown as { torreNoReload?: boolean }).torreNoReload === true);
  /** The message tied to a field by aria-describedby, once the field is marked invalid. */
  const fieldError = async (testId: string) => {
    const field = page.getByTestId(testId);
    await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    return page.locator(`[id="${await field.getAttribute('aria-describedby')}"]`).textContent();
  };

  beforeAll(async () => {
    site = http.createServer((_req, res) => {
      res.writeHead(siteFailing ? 503 : 200, { 'content-type': 'text/plain' });
      res.end(siteFailing ? 'fora' : 'online');
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}/status`;
    session = await openSession({ SYNTHETIC_INTERVAL_SECONDS: String(INTERVAL_S), SYNTHETIC_TIMEOUT_MS: '1000' });
    ({ server, page, outside, api } = session);
  });
  afterAll(async () => {
    await session?.close();
    site?.closeAllConnections();
    await new Promise((resolve) => site?.close(resolve));
  });

  it('signs in and opens the page: no checks, no external target', async () => {
    await signInFirstTime(page, server.baseUrl, NEW_PASSWORD);
    await page.getByTestId('nav-synthetic').click();
    await page.getByTestId('page-synthetic').waitFor();
    await expect.poll(() => banner().getAttribute('data-state')).toBe('none');
    expect(await page.getByTestId('synthetic-rows').textContent()).toContain('Nenhuma verificação cadastrada.');
    await page.evaluate(() => ((window as unknown as { torreNoReload?: boolean }).torreNoReload = true));
  });

  it('creates an HTTP check through the form, after "Testar" shows it answering', async () => {
    await page.getByTestId('synthetic-new').click();
    // The browser's own checks first.
    await page.getByTestId('synthetic-submit').click();
    expect(await fieldError('synthetic-name')).toBe('Obrigatório.');
    expect(await fieldError('synthetic-url')).toBe('Obrigatório.');

    expect(await page.getByTestId('synthetic-kind').inputValue()).toBe('http');
    await page.getByTestId('synthetic-name').fill(HTTP_NAME);
    await page.getByTestId('synthetic-url').fill(siteUrl);
    await page.getByTestId('synthetic-body-match').fill('online');
    await page.getByTestId('synthetic-test').click();
    const result = page.getByTestId('synthetic-test-result');
    await result.waitFor();
    expect(await result.getAttribute('data-ok')).toBe('true');
    expect(await result.textContent()).toMatch(/Respondeu em .+ ms\..*HTTP 200/);

    await page.getByTestId('synthetic-submit').click();
    await page.getByTestId('synthetic-dialog').waitFor({ state: 'detached' });
    expect(await page.getByTestId('synthetic-notice').textContent()).toBe(`Verificação “${HTTP_NAME}” criada.`);
    await row(HTTP_NAME).waitFor();
    expect(await row(HTTP_NAME).getByTestId('synthetic-kind-cell').textContent()).toBe('HTTP');
    expect(await row(HTTP_NAME).getByTestId('synthetic-target').textContent()).toBe(siteUrl);
    expect(await row(HTTP_NAME).getByTestId('synthetic-external-cell').textContent()).toBe('Sim');
  });

  it('creates an internal ICMP check through the form', async () => {
    await page.getByTestId('synthetic-new').click();
    await page.getByTestId('synthetic-kind').selectOption('icmp');
    await page.getByTestId('synthetic-name').fill(ICMP_NAME);
    await page.getByTestId('synthetic-host').fill(ICMP_HOST);
    // Inside the network: it does not count toward the internet verdict.
    await page.getByTestId('synthetic-external').uncheck();
    await page.getByTestId('synthetic-submit').click();
    await page.getByTestId('synthetic-dialog').waitFor({ state: 'detached' });
    await row(ICMP_NAME).waitFor();
    expect(await row(ICMP_NAME).getByTestId('synthetic-target').textContent()).toBe(ICMP_HOST);
    expect(await row(ICMP_NAME).getByTestId('synthetic-external-cell').textContent()).toBe('Não');
  });

  it('shows the server’s field errors next to the field they name', async () => {
    await page.getByTestId('synthetic-new').click();
    await page.getByTestId('synthetic-kind').selectOption('tcp');
    await page.getByTestId('synthetic-name').fill(HTTP_NAME);
    await page.getByTestId('synthetic-host').fill('127.0.0.1');
    await page.getByTestId('synthetic-port').fill(new URL(siteUrl).port);
    await page.getByTestId('synthetic-submit').click();
    expect(await fieldError('synthetic-name')).toBe('Já existe uma verificação com este nome.');

    // A resolver must be an address; only the server says so.
    await page.getByTestId('synthetic-name').fill('Resolvedor interno');
    await page.getByTestId('synthetic-kind').selectOption('dns');
    await page.getByTestId('synthetic-resolver').fill('resolver.local');
    await page.getByTestId('synthetic-dns-name').fill('torre.local');
    await page.getByTestId('synthetic-submit').click();
    expect(await fieldError('synthetic-resolver')).toBe('Informe um endereço IPv4 ou IPv6.');
    expect(await page.getByTestId('synthetic-name').getAttribute('aria-invalid')).toBeNull();

    await page.getByTestId('synthetic-dialog').getByRole('button', { name: 'Cancelar' }).click();
    await page.getByTestId('synthetic-dialog').waitFor({ state: 'detached' });
    const { items } = await api.get<{ items: Target[] }>('/api/synthetic');
    expect(items.map((t) => t.name).sort()).toEqual([ICMP_NAME, HTTP_NAME].sort());
  });

  it(
    'shows both up with a latency after a round, and "Internet OK"',
    async () => {
      for (const name of [HTTP_NAME, ICMP_NAME]) {
        await expect.poll(() => row(name).getAttribute('data-status'), { timeout: ROUND_TIMEOUT, interval: 500 }).toBe('up');
        expect(await row(name).getByTestId('synthetic-latency').textContent()).toMatch(/^\d[\d,.]* ms$/);
        expect(await row(name).getByTestId('synthetic-reason').count()).toBe(0);
        expect(await row(name).getByTestId('synthetic-since').textContent()).toMatch(/^(agora|há \d+ segundos?)$/);
      }
      await expect.poll(() => banner().getAttribute('data-state'), { timeout: ROUND_TIMEOUT, interval: 500 }).toBe('ok');
      expect(await page.getByTestId('synthetic-banner-headline').textContent()).toBe('Internet OK');
    },
    ROUND_TIMEOUT * 2 + 5_000,
  );

  it(
    'turns the HTTP check down with "HTTP 503", and the banner red, live',
    async () => {
      siteFailing = true;
      const http503 = row(HTTP_NAME);
      await expect.poll(() => http503.getAttribute('data-status'), { timeout: ROUND_TIMEOUT, interval: 500 }).toBe('down');
      expect(await http503.getByTestId('synthetic-reason').textContent()).toBe('HTTP 503');
      expect(await http503.getByTestId('synthetic-status').textContent()).toBe('Fora do ar');
      // The only external target is failing, while the network inside answers.
      await expect.poll(() => banner().getAttribute('data-state'), { timeout: ROUND_TIMEOUT, interval: 500 }).toBe('outage');
      expect(await page.getByTestId('synthetic-banner-headline').textContent()).toBe('Internet fora do ar: 1 de 1 alvos externos sem resposta');
      expect(await row(ICMP_NAME).getAttribute('data-status')).toBe('up');
      expect(await notReloaded()).toBe(true);
    },
    ROUND_TIMEOUT * 2 + 5_000,
  );

  it('opens the chart of a check, with its failures', async () => {
    await row(HTTP_NAME).getByTestId('synthetic-chart-open').click();
    const panel = page.getByTestId('synthetic-chart');
    await panel.waitFor();
    expect(await panel.getAttribute('data-range')).toBe('24h');
    expect(await panel.textContent()).toContain(`Latência e falhas: ${HTTP_NAME}`);
    const chart = panel.getByTestId('synthetic-history-chart');
    await expect.poll(async () => Number(await chart.getAttribute('data-points'))).toBeGreaterThan(0);
    await expect.poll(async () => Number(await chart.getAttribute('data-failed-points'))).toBeGreaterThan(0);
    await panel.locator('.recharts-surface').first().waitFor();
    expect(await row(HTTP_NAME).getAttribute('aria-selected')).toBe('true');
    // The last hour has a point per round: the answers, then the failures.
    await panel.getByTestId('range-1h').click();
    await expect.poll(() => panel.getAttribute('data-range')).toBe('1h');
    await expect.poll(async () => Number(await chart.getAttribute('data-points'))).toBeGreaterThan(1);
    await expect.poll(async () => Number(await chart.getAttribute('data-failed-points'))).toBeGreaterThan(0);
    if (SCREENSHOT) await page.screenshot({ path: SCREENSHOT, fullPage: true });

    // Clicking another row charts that one instead.
    await row(ICMP_NAME).getByTestId('synthetic-target').click();
    await expect.poll(() => panel.textContent()).toContain(`Latência e falhas: ${ICMP_NAME}`);
    await expect.poll(async () => Number(await chart.getAttribute('data-points'))).toBeGreaterThan(0);
    expect(await chart.getAttribute('data-failed-points')).toBe('0');
  });

  it('renames, then disables the ICMP check', async () => {
    await row(ICMP_NAME).getByTestId('synthetic-edit').click();
    expect(await page.getByTestId('synthetic-host').inputValue()).toBe(ICMP_HOST);
    expect(await page.getByTestId('synthetic-external').isChecked()).toBe(false);
    await page.getByTestId('synthetic-name').fill(ICMP_RENAMED);
    await page.getByTestId('synthetic-submit').click();
    await page.getByTestId('synthetic-dialog').waitFor({ state: 'detached' });
    const icmp = row(ICMP_RENAMED);
    await icmp.waitFor();
    // A rename keeps the status: only a new check starts over.
    expect(await icmp.getAttribute('data-status')).toBe('up');
    expect(await page.getByTestId('synthetic-chart').textContent()).toContain(ICMP_RENAMED);

    await icmp.getByTestId('synthetic-toggle').click();
    await expect.poll(() => icmp.getAttribute('data-enabled')).toBe('false');
    expect(await icmp.getByTestId('synthetic-toggle').textContent()).toBe('Ativar');
    expect(await icmp.getByTestId('synthetic-enabled-cell').textContent()).toBe('Não');
    const { items } = await api.get<{ items: Target[] }>('/api/synthetic');
    expect(items.find((t) => t.name === ICMP_RENAMED)?.enabled).toBe(false);
  });

  it(
    'deletes the HTTP check after confirming; with no external target left the banner turns neutral',
    async () => {
      await row(HTTP_NAME).getByTestId('synthetic-delete').click();
      expect(await page.getByTestId('confirm-dialog').textContent()).toContain(HTTP_NAME);
      await page.getByTestId('confirm-ok').click();
      await row(HTTP_NAME).waitFor({ state: 'detached' });
      expect(await page.getByTestId('synthetic-notice').textContent()).toBe(`Verificação “${HTTP_NAME}” excluída.`);
      const { items } = await api.get<{ items: Target[] }>('/api/synthetic');
      expect(items.map((t) => t.name)).toEqual([ICMP_RENAMED]);
      // The next round has no enabled external target.
      await expect.poll(() => banner().getAttribute('data-state'), { timeout: ROUND_TIMEOUT, interval: 500 }).toBe('none');
      expect(await notReloaded()).toBe(true);
    },
    ROUND_TIMEOUT + 5_000,
  );

  it('sent no request outside this machine', () => {
    expect(outside).toEqual([]);
  });
});
