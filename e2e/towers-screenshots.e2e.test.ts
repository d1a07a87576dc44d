import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSnmpsim, type Snmpsim } from '../server/src/test-support/snmpsim.js';
import type { Db } from '../server/src/db/database.js';
import type { RunningServer } from './support/server.js';
import { openSession, type Api, type Session } from './support/session.js';
import { signInFirstTime } from './support/sign-in.js';
import { airfiberWithTraffic } from './support/snmprec.js';

const TEST_DB = process.env.TEST_DB ?? 'sqlite';
const SCREENSHOTS = process.env.SCREENSHOTS === '1' ? path.resolve(import.meta.dirname, '../docs/screenshots') : null;
// This file's own loopback addresses (one range per database run).
const NET = TEST_DB === 'postgres' ? '127.63.20' : '127.63.10';
const SNMP_PORT = 11166;
const INTERVAL = 5;
const LIVE_TIMEOUT = 8 * INTERVAL * 1000;


interface Spec {
  name: string;
  type: 'router' | 'switch' | 'ap' | 'ptp' | 'station';
  tower: string;
  parent?: string;
  snmp?: string;
}

/** Five towers of a small WISP, 57 devices: the core, two fed from it by PtP, two further out. */
function scene(): { towers: { name: string; code: string; latitude: number; longitude: number; uplink: string }[]; devices: Spec[] } {
  const devices: Spec[] = [
    { name: 'R-Núcleo', type: 'router', tower: 'NUC' },
    { name: 'SW-Núcleo', type: 'switch', tower: 'NUC', parent: 'R-Núcleo' },
    { name: 'PtP-NUC→SAZ', type: 'ptp', tower: 'NUC', parent: 'SW-Núcleo' },
    { name: 'PtP-NUC→VVE', type: 'ptp', tower: 'NUC', parent: 'SW-Núcleo' },
    { name: 'PtP-SAZ', type: 'ptp', tower: 'SAZ', parent: 'PtP-NUC→SAZ', snmp: 'af-saz' },
    { name: 'PtP-SAZ→ABV', type: 'ptp', tower: 'SAZ', parent: 'PtP-SAZ' },
    { name: 'PtP-ABV', type: 'ptp', tower: 'ABV', parent: 'PtP-SAZ→ABV' },
    { name: 'PtP-VVE', type: 'ptp', tower: 'VVE', parent: 'PtP-NUC→VVE', snmp: 'af-vve' },
    { name: 'PtP-VVE→PNG', type: 'ptp', tower: 'VVE', parent: 'PtP-VVE' },
    { name: 'PtP-PNG', type: 'ptp', tower: 'PNG', parent: 'PtP-VVE→PNG' },
  ];
  const aps: [string, string, string, number][] = [
    ['AP-SAZ-Norte', 'SAZ', 'PtP-SAZ', 9],
    ['AP-SAZ-Sul', 'SAZ', 'PtP-SAZ', 8],
    ['AP-ABV', 'ABV', 'PtP-ABV', 6],
    ['AP-VVE-Leste', 'VVE', 'PtP-VVE', 10],
    ['AP-PNG', 'PNG', 'PtP-PNG', 7],
  ];
  const people = ['Ana', 'Bruno', 'Carla', 'Davi', 'Elisa', 'Fábio', 'Gabi', 'Hugo', 'Iara', 'João', 'Karina', 'Lucas'];
  let n = 0;
  for (const [ap, tower, parent, count] of aps) {
    devices.push({ name: ap, type: 'ap', tower, parent });
    for (let i = 0; i < count; i++) devices.push({ name: `CPE ${people[n++ % people.length]} ${tower}-${i + 1}`, type: 'station', tower, parent: ap });
  }
  return {
    towers: [
      { name: 'Núcleo', code: 'NUC', latitude: -22.905, longitude: -43.21, uplink: 'R-Núcleo' },
      { name: 'Serra Azul', code: 'SAZ', latitude: -22.95, longitude: -43.29, uplink: 'PtP-SAZ' },
      { name: 'Alto da Boa Vista', code: 'ABV', latitude: -22.96, longitude: -43.28, uplink: 'PtP-ABV' },
      { name: 'Vale Verde', code: 'VVE', latitude: -22.87, longitude: -43.35, uplink: 'PtP-VVE' },
      { name: 'Ponta Negra', code: 'PNG', latitude: -22.84, longitude: -43.41, uplink: 'PtP-PNG' },
    ],
    devices,
  };
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
type St = 'up' | 'down' | 'degraded' | 'maintenance';
/** A month of each tower's past (changes as [ms ago, to, reason]), so availability reads like a real network's. */
const HISTORY: Record<string, [number, St, string | null][]> = {
  NUC: [],
  SAZ: [
    [9 * DAY, 'degraded', '1 de 4 da infra fora do ar: AP-SAZ-Sul'],
    [9 * DAY - 38 * 60_000, 'up', null],
  ],
  ABV: [
    [5 * DAY, 'down', 'uplink PtP-ABV fora do ar'],
    [5 * DAY - 134 * 60_000, 'up', null],
    [20 * HOUR, 'degraded', '3 de 6 clientes fora'],
    [20 * HOUR - 12 * 60_000, 'up', null],
  ],
  VVE: [
    [14 * DAY, 'maintenance', 'manutenção no uplink PtP-VVE'],
    [14 * DAY - HOUR, 'up', null],
  ],
  PNG: [
    [26 * DAY, 'down', 'uplink PtP-PNG fora do ar'],
    [26 * DAY - 3 * HOUR, 'up', null],
    [2 * DAY, 'down', 'uplink PtP-PNG fora do ar'],
    [2 * DAY - 25 * 60_000, 'up', null],
  ],
};

/**
 * The network and each tower's month of history, written before the server starts, as if it had
 * been running: it resumes each tower's status from its latest event.
 */
async function seedNetwork(db: Db, net: ReturnType<typeof scene>, hostOf: Map<string, string>): Promise<void> {
  const now = Date.now();
  const iso = (ms: number) => new Date(ms).toISOString();
  const created = iso(now - 31 * DAY);
  const towerIds = new Map<string, number>();
  for (const t of net.towers) {
    const values = { name: t.name, code: t.code, latitude: t.latitude, longitude: t.longitude, address: null, notes: null, uplink_device_id: null, pending_uplink_host: null, created_at: created, updated_at: created };
    towerIds.set(t.code, (await db.kysely.insertInto('towers').values(values).returning('id').executeTakeFirstOrThrow()).id);
  }
  const deviceIds = new Map<string, number>();
  for (const d of net.devices) {
    const values = {
      name: d.name,
      host: hostOf.get(d.name)!,
      type: d.type,
      vendor: null,
      model: null,
      tower_id: towerIds.get(d.tower)!,
      parent_id: d.parent ? deviceIds.get(d.parent)! : null,
      enabled: 1,
      tags: '[]',
      notes: null,
      snmp: d.snmp ? JSON.stringify({ version: '2c', community: d.snmp, port: SNMP_PORT }) : null,
      latency_threshold_ms: null,
      created_at: created,
      updated_at: created,
    };
    const id = (await db.kysely.insertInto('devices').values(values).returning('id').executeTakeFirstOrThrow()).id;
    deviceIds.set(d.name, id);
    // Up since the network was set up: the monitor and the tower tracker resume from here.
    await db.kysely.insertInto('device_status').values({ device_id: id, status: 'up', since: created, flapping: 0, reason: null }).execute();
  }
  for (const t of net.towers) {
    const id = towerIds.get(t.code)!;
    await db.kysely.updateTable('towers').set({ uplink_device_id: deviceIds.get(t.uplink)! }).where('id', '=', id).execute();
    let from = 'unknown';
    for (const [ago, to, reason] of [[31 * DAY, 'up', null] as const, ...HISTORY[t.code]!]) {
      const values = { tower_id: id, at: iso(now - ago), from_status: from, to_status: to, reason, infra_down: to === 'down' ? 2 : to === 'degraded' ? 1 : 0, customers_down: 0, customers: 0 };
      await db.kysely.insertInto('tower_status_events').values(values).execute();
      from = to;
    }
  }
}

/** Five towers with an outage on one, a failed AP on another and one customer down on a third, as the operator sees them. */
describe(`the towers list and tower page with a realistic network (${TEST_DB})`, () => {
  let server: RunningServer;
  let session: Session;
  let sim: Snmpsim;
  let api: Api;
  let page: Page;
  const net = scene();
  const { devices } = net;
  const hostOf = new Map(devices.map((d, i) => [d.name, `${NET}.${i + 1}`]));
  const ids = new Map<string, number>();
  const towerIds = new Map<string, number>();
  const dropped: string[] = [];

  const drop = (name: string) => {
    const address = hostOf.get(name)!;
    expect(address.startsWith('127.63.')).toBe(true);
    execFileSync('iptables', ['-I', 'OUTPUT', '-d', address, '-p', 'icmp', '-j', 'DROP']);
    dropped.push(address);
  };
  const shoot = async (name: string, width: number, height: number) => {
    if (!SCREENSHOTS) return;
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.setViewportSize({ width, height });
    await page.waitForTimeout(300);
    await page.screenshot({ path: path.join(SCREENSHOTS, name), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 800 });
  };

  beforeAll(async () => {
    const radios = devices.filter((d) => d.snmp);
    sim = await startSnmpsim({
      extraFiles: { 'af-saz.snmprec': airfiberWithTraffic(182e6, 41e6), 'af-vve.snmprec': airfiberWithTraffic(96e6, 23e6) },
      endpoints: radios.map((d) => `${hostOf.get(d.name)}:${SNMP_PORT}`),
      probeCommunity: 'af-saz',
    });
    session = await openSession({ PING_INTERVAL_SECONDS: String(INTERVAL), SNMP_INTERVAL_SECONDS: '10' }, (db) => seedNetwork(db, net, hostOf));
    ({ server, page, api } = session);
    await signInFirstTime(page, server.baseUrl, 'senha-nova-segura-1');
    for (const t of (await api.get<{ items: { id: number; code: string }[] }>('/api/towers')).items) towerIds.set(t.code, t.id);
    for (const d of (await api.get<{ items: { id: number; name: string }[] }>('/api/devices?limit=1000')).items) ids.set(d.name, d.id);
    expect(ids.size).toBe(devices.length);
  }, 120_000);
  afterAll(async () => {
    for (const address of dropped) execFileSync('iptables', ['-D', 'OUTPUT', '-d', address, '-p', 'icmp', '-j', 'DROP']);
    await session?.close();
    await sim?.stop();
  });

  it(
    'sorts the list worst first: the cut tower, the one with a dead AP, then the rest by name',
    async () => {
      await page.goto(`${server.baseUrl}/towers`);
      const status = (code: string) => page.getByTestId(`tower-row-${towerIds.get(code)}`).getAttribute('data-status');
      await expect.poll(() => status('PNG'), { timeout: LIVE_TIMEOUT, interval: 500 }).toBe('up');
      // Ponta Negra's radio is cut (everything behind it silent); Alto da Boa Vista's AP died with its customers; one customer of Serra Azul is off.
      for (const d of devices.filter((x) => x.tower === 'PNG')) drop(d.name);
      for (const d of devices.filter((x) => x.name === 'AP-ABV' || x.parent === 'AP-ABV')) drop(d.name);
      drop('CPE Davi SAZ-4');
      await expect.poll(() => Promise.all(['PNG', 'ABV', 'SAZ'].map(status)), { timeout: LIVE_TIMEOUT, interval: 500 }).toEqual(['down', 'degraded', 'up']);
      await expect.poll(() => page.getByTestId(`tower-row-${towerIds.get('SAZ')}`).getByTestId('tower-customers-out').textContent().catch(() => null), { timeout: LIVE_TIMEOUT }).toBe('1 cliente fora');
      const order = await page.locator('[data-testid^="tower-row-"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-testid')));
      expect(order).toEqual(['PNG', 'ABV', 'NUC', 'SAZ', 'VVE'].map((code) => `tower-row-${towerIds.get(code)}`));
      // The degraded tower's reason names its dead AP, a link to it.
      const abv = page.getByTestId(`tower-row-${towerIds.get('ABV')}`).getByTestId('tower-reason-device');
      expect(await abv.allTextContents()).toEqual(['AP-ABV']);
      expect(await abv.getAttribute('href')).toBe(`/equipment/${ids.get('AP-ABV')}`);
      await shoot('towers-list-1440.png', 1440, 900);
      await shoot('towers-list-390.png', 390, 844);
    },
    3 * LIVE_TIMEOUT,
  );

  it(
    'shows a cut tower’s page: down since when, the uplink named, the path to the core and the links with their load',
    async () => {
      await page.goto(`${server.baseUrl}/towers/${towerIds.get('PNG')}`);
      await page.getByTestId('tower-summary').waitFor();
      expect(await page.getByTestId('tower-summary').getAttribute('data-status')).toBe('down');
      expect(await page.getByTestId('tower-next-step').textContent()).toContain('PtP-PNG');
      // Its feed from Vale Verde, with figures once SNMP has polled the radio on that side twice.
      await page.goto(`${server.baseUrl}/towers/${towerIds.get('VVE')}`);
      const feed = page.getByTestId(`tower-link-row-${ids.get('PtP-VVE')}`);
      await expect.poll(() => feed.textContent(), { timeout: 60_000, interval: 1000 }).toMatch(/Mbit\/s/);
      expect(await page.getByTestId(`tower-link-row-${ids.get('PtP-PNG')}`).getAttribute('data-status')).toBe('down');
      await page.goto(`${server.baseUrl}/towers/${towerIds.get('PNG')}`);
      await page.getByTestId('tower-path').waitFor();
      expect(await page.getByTestId('tower-path-segment').count()).toBe(3);
      await shoot('tower-page-1440.png', 1440, 900);
      await shoot('tower-page-390.png', 390, 844);
      await page.goto(`${server.baseUrl}/towers/${towerIds.get('SAZ')}`);
      await page.getByTestId(`tower-link-row-${ids.get('PtP-SAZ')}`).waitFor();
      await expect.poll(() => page.getByTestId(`tower-link-row-${ids.get('PtP-SAZ')}`).textContent(), { timeout: 60_000, interval: 1000 }).toMatch(/Mbit\/s/);
      await shoot('tower-page-up-1440.png', 1440, 900);
    },
    150_000,
  );
});
