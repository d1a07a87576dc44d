import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startBuiltServer, type RunningServer } from '../server/src/test-support/built-server.js';
import { createPgCluster, type PgCluster } from '../server/src/test-support/pg-cluster.js';
import { fillUp, mountTmpfs, type Tmpfs } from '../server/src/test-support/tmpfs.js';
import { openBrowser } from './support/browser.js';
import { signInFirstTime } from './support/sign-in.js';

const TEST_DB = process.env.TEST_DB ?? 'sqlite';
const NEW_PASSWORD = 'senha-nova-segura-1';
const ROUNDS = { PING_INTERVAL_SECONDS: '5', PING_COUNT: '1', PING_TIMEOUT_MS: '300', ANOMALY_DETECTION: 'off' };
const SEEN = { timeout: 20_000, interval: 500 };

/**
 * The banner while the database is away: PostgreSQL (a cluster of the test's own, stopped and
 * started) or SQLite (its disk, a real tmpfs, filled up and freed). The page is never reloaded:
 * the banner follows /healthz, which the app refreshes after every round.
 */
describe(`database banner in Chromium (${TEST_DB})`, () => {
  let server: RunningServer;
  let page: Page;
  let closeBrowser: () => Promise<void>;
  let cluster: PgCluster | undefined;
  let tmpfs: Tmpfs | undefined;
  const banner = () => page.getByTestId('database-banner');

  beforeAll(async () => {
    let env: Record<string, string>;
    if (TEST_DB === 'postgres') {
      cluster = await createPgCluster();
      env = { ...ROUNDS, DATABASE_URL: cluster.url };
    } else {
      tmpfs = mountTmpfs('32m');
      env = { ...ROUNDS, DATA_DIR: tmpfs.dir };
    }
    // db: 'sqlite' creates no database on the shared server: ours is in env.
    server = await startBuiltServer({ db: 'sqlite', env });
    ({ page, close: closeBrowser } = await openBrowser());
  });
  afterAll(async () => {
    await closeBrowser?.();
    await server?.stop();
    cluster?.remove();
    tmpfs?.remove();
  });

  it('signs in and watches a device', async () => {
    await signInFirstTime(page, server.baseUrl, NEW_PASSWORD);
    const res = await page.request.post(`${server.baseUrl}/api/devices`, { data: { name: 'Loopback', host: '127.0.0.1', type: 'router' } });
    expect(res.status()).toBe(201);
    await page.goto(`${server.baseUrl}/`);
    await page.getByTestId('summary-up').waitFor();
    await expect.poll(async () => Number(await page.getByTestId('summary-up').getAttribute('data-count')), SEEN).toBe(1);
    expect(await banner().count()).toBe(0);
  });

  it('shows the banner while the database is away, and hides it when it is back', async () => {
    let filler: string | undefined;
    if (cluster) cluster.stop();
    else filler = fillUp(tmpfs!.dir);
    await banner().waitFor({ timeout: SEEN.timeout });
    const text = await banner().innerText();
    if (cluster) expect(text).toContain('Banco de dados indisponível.');
    else expect(text).toMatch(/O banco de dados está recusando gravações desde .*\n?.*the disk is full/s);
    expect(text).toContain('Os pings continuam');
    expect(server.alive()).toBe(true);

    if (cluster) cluster.start();
    else fs.rmSync(filler!);
    await banner().waitFor({ state: 'detached', timeout: SEEN.timeout });
    expect(server.alive()).toBe(true);
  });
});
