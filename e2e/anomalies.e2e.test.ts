import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { RunningServer } from './support/server.js';
import { openSession, type Api, type Session } from './support/session.js';
import { signInFirstTime } from './support/sign-in.js';
import type { Db } from '../server/src/db/database.js';

const TEST_DB = process.env.TEST_DB ?? 'sqlite';
const NEW_PASSWORD = 'senha-nova-segura-1';
// This file's own loopback addresses, one range per database run.
const NET = TEST_DB === 'postgres' ? '127.0.47' : '127.0.46';
const SCREENSHOTS = process.env.SCREENSHOTS === '1' ? path.resolve(import.meta.dirname, '../docs/screenshots') : null;
const HOUR = 3600;

/**
 * Before the server starts: a PtP link that, for the last 7 days, answered in about 5 ms every
 * hour (what the model would have stored watching it). Loopback answers in hundredths of a
 * millisecond, so live rounds are far below the usual level: an anomaly, found by the real
 * server from rounds of real fping.
 */
async function prepare(db: Db) {
  const at = new Date().toISOString();
  const [ptp] = await db.kysely
    .insertInto('devices')
    .values({ name: 'PTP Serra Azul', host: `${NET}.1`, type: 'ptp', enabled: 1, tags: '[]', created_at: at, updated_at: at })
    .returning('id')
    .execute();
  const current = Math.floor(Date.now() / 1000 / HOUR) * HOUR;
  const rows = Array.from({ length: 7 * 24 }, (_, i) => {
    const t = current - (i + 1) * HOUR;
    // An evening peak in the usual level, so the band has the shape of a real link's day.
    const hour = new Date(t * 1000).getHours();
    return { device_id: Number(ptp!.id), series: 'rtt', t, median: hour >= 18 && hour < 23 ? 7 : 5, mad: 0.3, count: 720 };
  });
  await db.kysely.insertInto('anomaly_hours').values(rows).execute();
  // And the last hours of rounds at that level, so the chart shows the link as it usually is.
  const now = Math.floor(Date.now() / 1000);
  const samples = Array.from({ length: 240 }, (_, i) => {
    const rtt = 5000 + Math.round(Math.sin(i / 3) * 250 + ((i * 7919) % 300) - 150);
    return { device_id: Number(ptp!.id), t: now - 30 - (240 - i) * 15, rtt_avg: rtt, rtt_min: rtt - 400, rtt_max: rtt + 600, sent: 3, lost: 0 };
  });
  await db.kysely.insertInto('ping_samples').values(samples).execute();
}

describe(`anomalies in Chromium: band and marks on the device chart, list on the dashboard (${TEST_DB})`, () => {
  let server: RunningServer;
  let session: Session;
  let api: Api;
  let page: Page;
  let outside: string[] = [];

  beforeAll(async () => {
    session = await openSession({ PING_INTERVAL_SECONDS: '5', PING_COUNT: '3', PING_PERIOD_MS: '20', ANOMALY_MIN_POINTS: '3' }, prepare);
    ({ server, page, outside, api } = session);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('signs in while the server watches the link', async () => {
    await signInFirstTime(page, server.baseUrl, NEW_PASSWORD);
  });

  it('flags the RTT far below its usual level after three rounds, and lists it on the dashboard live', async () => {
    await page.goto(`${server.baseUrl}/`);
    await page.getByTestId('dashboard-anomalies-empty').or(page.getByTestId('dashboard-anomalies')).waitFor();
    await expect
      .poll(async () => (await api.get<{ items: unknown[] }>('/api/anomalies?state=open')).items.length, { timeout: 60_000, interval: 1000 })
      .toBe(1);
    const row = page.getByTestId('dashboard-anomalies').locator('[data-testid^="anomaly-row-"]');
    await row.waitFor({ timeout: 15_000 });
    const text = await row.textContent();
    expect(text).toContain('PTP Serra Azul');
    expect(text).toContain('Latência');
    expect(text).toContain('em andamento');
    expect(await row.getAttribute('data-open')).toBe('true');
  }, 90_000);

  it('draws the usual range and the anomaly on the device latency chart', async () => {
    await page.getByTestId('dashboard-anomalies').getByRole('link', { name: 'PTP Serra Azul' }).click();
    const chart = page.getByTestId('latency-chart');
    await chart.waitFor();
    const plot = chart.locator('[data-band]');
    await expect.poll(() => plot.getAttribute('data-band'), { timeout: 15_000 }).toBe('true');
    await expect.poll(() => plot.getAttribute('data-marks')).toBe('1');
    expect(await chart.textContent()).toContain('Faixa normal');
    expect(await chart.locator('.recharts-reference-area').count()).toBe(1);
    if (SCREENSHOTS) {
      // Long enough for the flagged span to be seen on an hour-wide chart (only when asked for pictures).
      await page.waitForTimeout(150_000);
      mkdirSync(SCREENSHOTS, { recursive: true });
      await chart.screenshot({ path: path.join(SCREENSHOTS, 'anomaly-latency-band.png') });
    }
  }, SCREENSHOTS ? 200_000 : 30_000);

  it('raised a major alert for the PtP link (one level below its outage)', async () => {
    const alerts = await api.get<{ items: { kind: string; severity: string; message: string }[] }>('/api/alerts?state=open');
    expect(alerts.items.map((a) => [a.kind, a.severity])).toEqual([['anomaly', 'major']]);
    expect(alerts.items[0]!.message).toMatch(/^PTP Serra Azul: anomalia, latência/);
  });

  it('sent no request outside this machine', () => {
    expect(outside).toEqual([]);
  });
});
