import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Db } from '../server/src/db/database.js';
import type { RunningServer } from './support/server.js';
import { openSession, type Api, type Session } from './support/session.js';
import { signInFirstTime } from './support/sign-in.js';

const TEST_DB = process.env.TEST_DB ?? 'sqlite';
const SCREENSHOTS = process.env.SCREENSHOTS === '1' ? path.resolve(import.meta.dirname, '../docs/screenshots') : null;
// This file's own loopback addresses (one range per database run); .64/28 is the failed sector.
const NET = TEST_DB === 'postgres' ? '127.83.20' : '127.83.10';
const OUTAGE = `${NET}.64/28`;

interface Spec {
  name: string;
  host: string;
  type: 'router' | 'switch' | 'ap' | 'ptp' | 'station';
  tower: string;
  parent?: string;
  status: 'up' | 'down' | 'unreachable' | 'degraded';
  /** Minutes in that status. */
  since: number;
}

/** Three towers, 40 devices; the AP of Vila Nova (and its customers behind it) fell 47 minutes ago. */
function scene(): { towers: { name: string; code: string }[]; devices: Spec[] } {
  const devices: Spec[] = [
    { name: 'R-Central', host: `${NET}.1`, type: 'router', tower: 'CEN', status: 'up', since: 9 * 24 * 60 },
    { name: 'SW-Central', host: `${NET}.2`, type: 'switch', tower: 'CEN', parent: 'R-Central', status: 'up', since: 9 * 24 * 60 },
    { name: 'PtP-CEN→MOR', host: `${NET}.3`, type: 'ptp', tower: 'CEN', parent: 'SW-Central', status: 'up', since: 3 * 24 * 60 },
    { name: 'PtP-MOR', host: `${NET}.4`, type: 'ptp', tower: 'MOR', parent: 'PtP-CEN→MOR', status: 'up', since: 3 * 24 * 60 },
    { name: 'AP-Morro-Norte', host: `${NET}.5`, type: 'ap', tower: 'MOR', parent: 'PtP-MOR', status: 'up', since: 26 * 60 },
    { name: 'PtP-CEN→VNO', host: `${NET}.6`, type: 'ptp', tower: 'CEN', parent: 'SW-Central', status: 'up', since: 5 * 24 * 60 },
    { name: 'PtP-VNO', host: `${NET}.7`, type: 'ptp', tower: 'VNO', parent: 'PtP-CEN→VNO', status: 'up', since: 5 * 24 * 60 },
    { name: 'AP-Vila-Nova-Sul', host: `${NET}.65`, type: 'ap', tower: 'VNO', parent: 'PtP-VNO', status: 'down', since: 47 },
  ];
  const people = ['Ana Souza', 'Bruno Lima', 'Carla Dias', 'Davi Rocha', 'Elisa Prado', 'Fábio Reis', 'Gabi Nunes', 'Hugo Melo', 'Iara Costa', 'João Pires', 'Karina Luz', 'Lucas Vaz'];
  for (let i = 0; i < 20; i++) {
    devices.push({ name: `CPE ${people[i % 12]} ${i + 1}`, host: `${NET}.${20 + i}`, type: 'station', tower: 'MOR', parent: 'AP-Morro-Norte', status: i === 3 ? 'degraded' : 'up', since: i === 3 ? 8 : 60 * (i + 2) });
  }
  for (let i = 0; i < 12; i++) {
    devices.push({ name: `CPE ${people[(i + 5) % 12]} VN-${i + 1}`, host: `${NET}.${66 + i}`, type: 'station', tower: 'VNO', parent: 'AP-Vila-Nova-Sul', status: 'unreachable', since: 47 });
  }
  return {
    towers: [
      { name: 'Central', code: 'CEN' },
      { name: 'Morro do Cruzeiro', code: 'MOR' },
      { name: 'Vila Nova', code: 'VNO' },
    ],
    devices,
  };
}

/** Written before the server starts, as if it had been running: the monitor resumes these statuses. */
async function seed(db: Db, net: ReturnType<typeof scene>): Promise<void> {
  const now = Date.now();
  const iso = (ms: number) => new Date(ms).toISOString();
  const created = iso(now - 30 * 24 * 3_600_000);
  const towerIds = new Map<string, number>();
  for (const [i, t] of net.towers.entries()) {
    const values = { name: t.name, code: t.code, latitude: -22.9 - i / 50, longitude: -43.2 - i / 50, address: null, notes: null, uplink_device_id: null, pending_uplink_host: null, created_at: created, updated_at: created };
    towerIds.set(t.code, (await db.kysely.insertInto('towers').values(values).returning('id').executeTakeFirstOrThrow()).id);
  }
  const ids = new Map<string, number>();
  for (const d of net.devices) {
    const values = {
      name: d.name, host: d.host, type: d.type, vendor: d.type === 'station' ? 'Ubiquiti' : 'MikroTik', model: null, tower_id: towerIds.get(d.tower)!,
      parent_id: d.parent ? ids.get(d.parent)! : null, enabled: 1, tags: '[]', notes: null, snmp: null, latency_threshold_ms: null, created_at: created, updated_at: created,
    };
    const id = (await db.kysely.insertInto('devices').values(values).returning('id').executeTakeFirstOrThrow()).id;
    ids.set(d.name, id);
    const since = iso(now - d.since * 60_000);
    const reason = d.status === 'down' ? 'no-reply|3|timeout' : d.status === 'unreachable' ? `upstream|${ids.get('AP-Vila-Nova-Sul')}|down` : null;
    await db.kysely.insertInto('device_status').values({ device_id: id, status: d.status, since, flapping: 0, reason }).execute();
    if (d.status !== 'up') await db.kysely.insertInto('status_events').values({ device_id: id, at: since, from_status: 'up', to_status: d.status, reason }).execute();
  }
}

describe(`the equipment list: columns, bulk actions and the phone (${TEST_DB})`, () => {
  let server: RunningServer;
  let session: Session;
  let api: Api;
  let page: Page;
  const net = scene();
  const ids = new Map<string, number>();
  const towerIds = new Map<string, string>();
  let blocked = false;

  const shoot = async (name: string, fullPage = true) => {
    if (!SCREENSHOTS) return;
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SCREENSHOTS, name), fullPage });
  };
  const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);

  beforeAll(async () => {
    expect(OUTAGE.startsWith('127.83.')).toBe(true);
    execFileSync('iptables', ['-I', 'OUTPUT', '-d', OUTAGE, '-p', 'icmp', '-j', 'DROP']);
    blocked = true;
    session = await openSession({ PING_INTERVAL_SECONDS: '5' }, (db) => seed(db, net));
    ({ server, page, api } = session);
    await signInFirstTime(page, server.baseUrl, 'senha-nova-segura-1');
    for (const d of (await api.get<{ items: { id: number; name: string }[] }>('/api/devices?limit=1000')).items) ids.set(d.name, d.id);
    for (const t of (await api.get<{ items: { id: number; name: string }[] }>('/api/towers')).items) towerIds.set(t.name, String(t.id));
  });

  afterAll(async () => {
    if (blocked) execFileSync('iptables', ['-D', 'OUTPUT', '-d', OUTAGE, '-p', 'icmp', '-j', 'DROP']);
    await session?.close();
  });

  it('fits 1280 px without cutting a column, with since, and sorts by RTT', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    // The RTT sort needs a first round: until then no device has an RTT to sort by.
    await expect
      .poll(async () => (await api.get<{ items: { name: string; rttMs: number | null }[] }>('/api/devices?limit=1000')).items.find((d) => d.name === 'R-Central')?.rttMs ?? null, { timeout: 20_000, interval: 500 })
      .not.toBeNull();
    await page.goto(`${server.baseUrl}/equipment?sort=-rtt&limit=50`);
    await page.getByTestId(`device-row-${ids.get('AP-Vila-Nova-Sul')}`).waitFor();
    await expect.poll(() => page.locator('th[data-column]').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-column')))).toEqual(['status', 'since', 'name', 'host', 'type', 'rtt', 'loss', 'signal', 'ccq', 'tower']);
    const box = await page.locator('table').evaluate((table) => ({ table: table.scrollWidth, box: table.parentElement!.clientWidth }));
    expect(box.table).toBeLessThanOrEqual(box.box);
    expect(await pageWidth()).toBeLessThanOrEqual(1280);
    await expect.poll(() => page.getByTestId(`device-row-${ids.get('AP-Vila-Nova-Sul')}`).getByTestId('device-since').textContent()).toMatch(/^4[78] min$/);
    // Descending RTT: every device that answered comes before those that did not (the failed sector).
    const rows = await page.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-testid')));
    expect(rows.indexOf(`device-row-${ids.get('R-Central')}`)).toBeLessThan(rows.indexOf(`device-row-${ids.get('AP-Vila-Nova-Sul')}`));
    await shoot('equipment-list-1280.png');
  });

  it('hides a column from the chooser and keeps it hidden after a reload', async () => {
    await page.goto(`${server.baseUrl}/equipment`);
    await page.getByTestId('column-chooser-toggle').click();
    await page.getByTestId('column-host').uncheck();
    await expect.poll(() => page.locator('th[data-column="host"]').count()).toBe(0);
    await page.reload();
    await page.getByTestId(`device-row-${ids.get('R-Central')}`).waitFor();
    expect(await page.locator('th[data-column="name"]').count()).toBe(1);
    expect(await page.locator('th[data-column="host"]').count()).toBe(0);
  });

  it('moves a selection to another tower in one action', async () => {
    const moved = ['CPE Ana Souza 1', 'CPE Bruno Lima 2'].map((n) => ids.get(n)!);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(`${server.baseUrl}/equipment?tower=${towerIds.get('Morro do Cruzeiro')}`);
    for (const id of moved) await page.getByTestId(`select-${id}`).check();
    await expect.poll(() => page.getByTestId('bulk-count').textContent()).toMatch(/^2 /);
    await page.getByTestId('bulk-move').click();
    await page.getByTestId('bulk-tower').selectOption(towerIds.get('Vila Nova')!);
    await shoot('equipment-bulk-1440.png', false);
    await page.getByTestId('bulk-apply').click();
    await page.getByTestId('bulk-done').waitFor();
    for (const id of moved) expect((await api.get<{ towerName: string }>(`/api/devices/${id}`)).towerName).toBe('Vila Nova');
    // They left this tower's filtered list.
    await expect.poll(() => page.getByTestId(`device-row-${moved[0]}`).count()).toBe(0);
  });

  it('at 390x844 shows cards, folds the filters, and neither the list nor a device page scrolls sideways', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${server.baseUrl}/equipment`);
    await page.getByTestId(`device-card-${ids.get('AP-Vila-Nova-Sul')}`).waitFor();
    expect(await page.getByTestId('device-filters-toggle').isVisible()).toBe(true);
    expect(await page.getByTestId('device-search').isVisible()).toBe(false);
    expect(await page.locator('table').count()).toBe(0);
    expect(await pageWidth()).toBeLessThanOrEqual(390);
    await shoot('equipment-list-390.png');
    await page.getByTestId('device-filters-toggle').click();
    expect(await page.getByTestId('device-search').isVisible()).toBe(true);
    expect(await pageWidth()).toBeLessThanOrEqual(390);

    await page.goto(`${server.baseUrl}/equipment/${ids.get('AP-Vila-Nova-Sul')}`);
    await page.getByTestId('device-title').waitFor();
    await page.getByTestId('device-events').waitFor();
    expect(await pageWidth()).toBeLessThanOrEqual(390);
    await shoot('device-390.png');
    await page.setViewportSize({ width: 1280, height: 800 });
  });
});
