import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Link } from '../server/src/http/routes/links/schema.js';
import type { Tower } from '../server/src/http/routes/towers/schema.js';
import { startSnmpsim, type Snmpsim } from '../server/src/test-support/snmpsim.js';
import type { RunningServer } from './support/server.js';
import { openSession, type Api, type Session } from './support/session.js';
import { signInFirstTime } from './support/sign-in.js';
import { airfiberWithTraffic } from './support/snmprec.js';

const TEST_DB = process.env.TEST_DB ?? 'sqlite';
const SCREENSHOTS = process.env.SCREENSHOTS === '1' ? path.resolve(import.meta.dirname, '../docs/screenshots') : null;
// This file's own loopback addresses (one range per database run) and SNMP port.
const NET = TEST_DB === 'postgres' ? '127.64.2' : '127.64.1';
const SNMP_PORT = 11167;
const INTERVAL = 5;
const LIVE_TIMEOUT = 8 * INTERVAL * 1000;
/** The airFiber recording's reported capacity (txCapacity), bit/s. */
const AF_CAPACITY = 684_856_960;

/** Loads that fall in each band of the weathermap: about 6 %, 64 % and 88 % of the capacity. */
const RECORDINGS = { 'map-af-low': airfiberWithTraffic(40e6, 20e6), 'map-af-mid': airfiberWithTraffic(440e6, 120e6), 'map-af-high': airfiberWithTraffic(600e6, 210e6) };

interface Spec {
  name: string;
  type: 'router' | 'switch' | 'ap' | 'ptp' | 'station';
  tower: string;
  parent?: string;
  snmp?: keyof typeof RECORDINGS;
}

/** Around Lavras (MG): the core in town, two towers fed from it, one behind Serra Azul, one more; one tower left at 0,0. */
const TOWERS = [
  { code: 'CEN', name: 'Torre Centro', latitude: -21.2453, longitude: -44.9997, uplink: null },
  { code: 'SAZ', name: 'Torre Serra Azul', latitude: -21.1702, longitude: -44.9251, uplink: 'PtP-SAZ' },
  { code: 'VVE', name: 'Torre Vale Verde', latitude: -21.1043, longitude: -44.8612, uplink: 'PtP-VVE' },
  { code: 'RIB', name: 'Torre Ribeirão Vermelho', latitude: -21.1871, longitude: -45.0635, uplink: 'PtP-RIB' },
  { code: 'AER', name: 'Torre Aeroporto', latitude: -21.3087, longitude: -45.0712, uplink: 'PtP-AER' },
  { code: 'FAZ', name: 'Torre Fazenda Boa Esperança', latitude: 0, longitude: 0, uplink: null },
] as const;

function scene(): Spec[] {
  const devices: Spec[] = [
    { name: 'R-Centro', type: 'router', tower: 'CEN' },
    { name: 'SW-Centro', type: 'switch', tower: 'CEN', parent: 'R-Centro' },
    { name: 'PtP-SAZ', type: 'ptp', tower: 'SAZ', parent: 'SW-Centro', snmp: 'map-af-low' },
    { name: 'PtP-VVE', type: 'ptp', tower: 'VVE', parent: 'PtP-SAZ' },
    { name: 'PtP-RIB', type: 'ptp', tower: 'RIB', parent: 'SW-Centro', snmp: 'map-af-mid' },
    { name: 'PtP-AER', type: 'ptp', tower: 'AER', parent: 'SW-Centro', snmp: 'map-af-high' },
    { name: 'R-Fazenda', type: 'router', tower: 'FAZ', parent: 'SW-Centro' },
  ];
  const aps: [string, string, string, number][] = [
    ['AP-Centro-Sul', 'CEN', 'SW-Centro', 4],
    ['AP-SAZ-Norte', 'SAZ', 'PtP-SAZ', 6],
    ['AP-SAZ-Leste', 'SAZ', 'PtP-SAZ', 5],
    ['AP-VVE', 'VVE', 'PtP-VVE', 6],
    ['AP-RIB', 'RIB', 'PtP-RIB', 5],
    ['AP-AER', 'AER', 'PtP-AER', 4],
  ];
  for (const [ap, tower, parent, stations] of aps) {
    devices.push({ name: ap, type: 'ap', tower, parent });
    for (let i = 1; i <= stations; i++) devices.push({ name: `CPE ${ap.slice(3)} ${String(i).padStart(2, '0')}`, type: 'station', tower, parent: ap });
  }
  return devices;
}
const DEVICES = scene();
const hostOf = (name: string) => `${NET}.${DEVICES.findIndex((d) => d.name === name) + 1}`;

describe(`the live link map in Chromium (${TEST_DB})`, () => {
  let server: RunningServer;
  let session: Session;
  let api: Api;
  let page: Page;
  let sim: Snmpsim;
  const towerIds: Record<string, number> = {};
  const deviceIds: Record<string, number> = {};
  const rules: string[][] = [];

  const drop = (names: string[]) => {
    for (const name of names) {
      const rule = ['OUTPUT', '-d', hostOf(name), '-p', 'icmp', '-j', 'DROP'];
      execFileSync('iptables', ['-I', ...rule]);
      rules.push(rule);
    }
  };
  const restore = () => {
    while (rules.length) execFileSync('iptables', ['-D', ...rules.pop()!]);
  };
  const tower = async (code: string) => (await api.get<Tower>(`/api/towers/${towerIds[code]}`));
  const links = async () => (await api.get<{ items: Link[] }>('/api/links')).items;
  const linkTo = async (code: string) => (await links()).find((l) => l.toTowerId === towerIds[code])!;
  const marker = (code: string) => page.getByTestId(`tower-marker-${towerIds[code]}`);

  /** Where a link's line crosses the screen halfway: between its two towers' dots. */
  async function midpoint(from: string, to: string): Promise<{ x: number; y: number }> {
    const a = (await marker(from).boundingBox())!;
    const b = (await marker(to).boundingBox())!;
    return { x: (a.x + a.width / 2 + b.x + b.width / 2) / 2, y: (a.y + a.height / 2 + b.y + b.height / 2) / 2 };
  }
  /** The colours the canvas paints around a point: what the operator sees of the line there. */
  async function lineColours(at: { x: number; y: number }): Promise<{ red: number; green: number; amber: number }> {
    return page.evaluate(({ x, y }) => {
      const out = { red: 0, green: 0, amber: 0 };
      for (const canvas of Array.from(document.querySelectorAll<HTMLCanvasElement>('.leaflet-overlay-pane canvas'))) {
        const r = canvas.getBoundingClientRect();
        const sx = canvas.width / r.width;
        const data = canvas.getContext('2d')!.getImageData(Math.round((x - r.left - 8) * sx), Math.round((y - r.top - 8) * sx), Math.round(16 * sx), Math.round(16 * sx)).data;
        for (let i = 0; i < data.length; i += 4) {
          const [red, green, blue, alpha] = [data[i]!, data[i + 1]!, data[i + 2]!, data[i + 3]!];
          if (alpha < 128) continue;
          if (red > 180 && green < 90 && blue < 90) out.red++;
          else if (green > 120 && red < 80) out.green++;
          else if (red > 200 && green > 120 && blue < 60) out.amber++;
        }
      }
      return out;
    }, at);
  }
  /** Closes the open popup and waits out Leaflet's fade, so one popup at a time is on the page. */
  const closePopup = async () => {
    await page.locator('.leaflet-popup-close-button').click();
    await expect.poll(() => page.locator('.leaflet-popup').count()).toBe(0);
  };
  const screenshot = async (name: string) => {
    if (!SCREENSHOTS) return;
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.waitForTimeout(400); // Leaflet's fade-in of a popup
    await page.screenshot({ path: path.join(SCREENSHOTS, name) });
  };
  const openMapAt = async (width: number, height: number) => {
    await page.setViewportSize({ width, height });
    await page.goto(`${server.baseUrl}/map`);
    await expect.poll(() => page.getByTestId('map').getAttribute('data-links')).toBe('4');
    await marker('SAZ').waitFor();
  };

  beforeAll(async () => {
    const snmpHosts = DEVICES.filter((d) => d.snmp).map((d) => `${hostOf(d.name)}:${SNMP_PORT}`);
    sim = await startSnmpsim({ extraFiles: Object.fromEntries(Object.entries(RECORDINGS).map(([community, text]) => [`${community}.snmprec`, text])), endpoints: snmpHosts, probeCommunity: 'map-af-low' });
    // DOWN_AFTER=1: a device is down after one silent round, which halves every wait below.
    session = await openSession({ MAP_TILE_URL: 'off', PING_INTERVAL_SECONDS: String(INTERVAL), DOWN_AFTER: '1', SNMP_INTERVAL_SECONDS: '10', SNMP_TIMEOUT_MS: '1000', SNMP_RETRIES: '0' });
    ({ server, page, api } = session);
  }, 120_000);
  afterAll(async () => {
    restore();
    await session?.close();
    await sim?.stop();
  });

  it('signs in and builds a small WISP: six towers, dozens of devices, radios answering SNMP', async () => {
    await signInFirstTime(page, server.baseUrl, 'senha-nova-segura-1');
    for (const t of TOWERS) towerIds[t.code] = (await api.post<Tower>('/api/towers', { name: t.name, code: t.code, latitude: t.latitude, longitude: t.longitude })).id;
    for (const d of DEVICES) {
      const created = await api.post<{ id: number }>('/api/devices', {
        name: d.name,
        host: hostOf(d.name),
        type: d.type,
        towerId: towerIds[d.tower],
        ...(d.parent && { parentId: deviceIds[d.parent] }),
        ...(d.snmp && { snmp: { version: '2c', community: d.snmp, port: SNMP_PORT } }),
      });
      deviceIds[d.name] = created.id;
    }
    for (const t of TOWERS) if (t.uplink) await api.patch(`/api/towers/${towerIds[t.code]}`, { uplinkDeviceId: deviceIds[t.uplink] });
    expect(DEVICES.length).toBeGreaterThanOrEqual(36);
    expect((await links()).map((l) => [l.fromTowerName, l.toTowerName]).sort()).toEqual(
      [
        ['Torre Centro', 'Torre Aeroporto'],
        ['Torre Centro', 'Torre Fazenda Boa Esperança'],
        ['Torre Centro', 'Torre Ribeirão Vermelho'],
        ['Torre Centro', 'Torre Serra Azul'],
        ['Torre Serra Azul', 'Torre Vale Verde'],
      ].sort(),
    );
    // Every tower up after a round or two; the radios' load after two SNMP cycles.
    await expect.poll(async () => (await api.get<{ items: Tower[] }>('/api/towers')).items.map((t) => t.status), { timeout: LIVE_TIMEOUT, interval: 1000 }).toEqual(TOWERS.map(() => 'up'));
    await expect.poll(async () => (await links()).filter((l) => l.utilisationPercent !== null).length, { timeout: 45_000, interval: 1000 }).toBe(3);
  }, 120_000);

  it('draws the placed towers with their names and the legend, and lists the tower at 0,0 beside the map', async () => {
    await page.goto(`${server.baseUrl}/map`);
    const map = page.getByTestId('map');
    await expect.poll(() => map.getAttribute('data-links')).toBe('4'); // Fazenda's link has an end off the map
    for (const t of TOWERS.filter((t) => t.code !== 'FAZ')) {
      expect(await marker(t.code).getAttribute('data-status')).toBe('up');
      expect(await page.getByTestId(`tower-label-${towerIds[t.code]}`).textContent()).toBe(t.name);
    }
    expect(await marker('FAZ').count()).toBe(0);
    expect(await page.getByTestId(`unplaced-tower-${towerIds.FAZ}`).textContent()).toContain('Torre Fazenda Boa Esperança');
    expect(await page.getByTestId('map-legend').textContent()).toContain('acima de 80%');
    // No labels hidden at this zoom: the towers are kilometres apart.
    expect(await page.locator('.tower-label-hidden').count()).toBe(0);
    // The loads from the recordings, band by band, as the operator sees them on the canvas.
    expect((await lineColours(await midpoint('CEN', 'SAZ'))).green).toBeGreaterThan(0);
    expect((await lineColours(await midpoint('CEN', 'AER'))).red).toBeGreaterThan(0);
    expect((await lineColours(await midpoint('CEN', 'RIB'))).amber).toBeGreaterThan(0);
  });

  it("shows a link's traffic and load from the recording when its line is clicked", async () => {
    const link = await linkTo('RIB');
    expect(link.capacityBps).toBe(AF_CAPACITY);
    expect(link.utilisationPercent!).toBeGreaterThan(50);
    expect(link.utilisationPercent!).toBeLessThan(80);
    const at = await midpoint('CEN', 'RIB');
    await page.mouse.click(at.x, at.y);
    const popup = page.getByTestId(`link-popup-${link.id}`);
    await popup.waitFor();
    expect(await popup.getAttribute('data-band')).toBe('mid');
    expect(await popup.getByTestId('link-ends').textContent()).toBe('Torre Centro: SW-CentroTorre Ribeirão Vermelho: PtP-RIB');
    expect(await popup.getByTestId('link-capacity').textContent()).toBe('685 Mbit/s');
    // 440 Mbit/s in, 120 out, as the recording's counters grow (within a poll's jitter).
    const mbps = async (id: string) => Number((await popup.getByTestId(id).textContent())!.replace(/\s*Mbit\/s$/, '').replace(',', '.'));
    expect(Math.abs((await mbps('link-in')) - 440)).toBeLessThan(44);
    expect(Math.abs((await mbps('link-out')) - 120)).toBeLessThan(12);
    expect(await popup.getByTestId('link-utilisation').textContent()).toMatch(/^6\d(,\d)?%$/);
    expect(await popup.getByTestId('link-signal').textContent()).toBe('-42 dBm');
    // Its traffic chart fills as SNMP cycles are stored: checked with the outage's screenshots below.
    await closePopup();
    await popup.waitFor({ state: 'detached' });
  }, 60_000);

  it('keeps the tower green when a customer station stops answering, and says so in its popup', async () => {
    let navigations = 0;
    page.on('framenavigated', () => navigations++);
    drop(['CPE SAZ-Norte 03']);
    await expect.poll(async () => (await tower('SAZ')).customersDown, { timeout: LIVE_TIMEOUT, interval: 1000 }).toBe(1);
    expect((await tower('SAZ')).status).toBe('up');
    await marker('SAZ').click();
    const popup = page.getByTestId(`tower-popup-${towerIds.SAZ}`);
    await expect.poll(() => popup.getByTestId('tower-popup-customers').textContent(), { timeout: LIVE_TIMEOUT }).toBe('1 de 11 clientes fora');
    expect(await marker('SAZ').getAttribute('data-status')).toBe('up');
    expect(await popup.getAttribute('data-status')).toBe('up');
    expect(navigations).toBe(0);
    await closePopup();
  }, LIVE_TIMEOUT + 10_000);

  it('turns the tower red when its uplink is cut, with its link and the tower behind it, live', async () => {
    // The radio to Serra Azul goes silent, and with it everything behind it.
    drop(DEVICES.filter((d) => (d.tower === 'SAZ' || d.tower === 'VVE') && d.name !== 'CPE SAZ-Norte 03').map((d) => d.name));
    await expect.poll(() => marker('SAZ').getAttribute('data-status'), { timeout: LIVE_TIMEOUT, interval: 500 }).toBe('down');
    await expect.poll(() => marker('VVE').getAttribute('data-status'), { timeout: LIVE_TIMEOUT, interval: 500 }).toBe('down');
    expect(await marker('CEN').getAttribute('data-status')).toBe('up');
    expect(await marker('RIB').getAttribute('data-status')).toBe('up');
    // One status event each for the two towers.
    for (const code of ['SAZ', 'VVE']) {
      const events = await api.get<{ items: { to: string }[] }>(`/api/towers/${towerIds[code]}/events`);
      expect(events.items.filter((e) => e.to === 'down')).toHaveLength(1);
    }
    // The link to Serra Azul is red on the canvas, and its popup says down.
    await expect.poll(async () => (await lineColours(await midpoint('CEN', 'SAZ'))).red, { timeout: LIVE_TIMEOUT }).toBeGreaterThan(0);
    expect((await lineColours(await midpoint('CEN', 'SAZ'))).green).toBe(0);
    const link = await linkTo('SAZ');
    expect(link.status).toBe('down');
    const at = await midpoint('CEN', 'SAZ');
    await page.mouse.click(at.x, at.y);
    const popup = page.getByTestId(`link-popup-${link.id}`);
    await popup.waitFor();
    expect(await popup.getAttribute('data-status')).toBe('down');
    expect(await popup.getByTestId('link-popup-status').textContent()).toBe('Fora do ar');
    await closePopup();
    await marker('SAZ').click();
    const towerPopup = page.getByTestId(`tower-popup-${towerIds.SAZ}`);
    expect(await towerPopup.getByTestId('tower-popup-reason').textContent()).toContain('PtP-SAZ');
    const named = towerPopup.getByTestId('tower-popup-reason').getByTestId('tower-reason-device');
    expect(await named.allTextContents()).toEqual(['PtP-SAZ']);
    expect(await named.getAttribute('href')).toBe(`/equipment/${deviceIds['PtP-SAZ']}`);
    await closePopup();

    // Screenshots of the outage, each size loaded afresh so the map frames the towers for it.
    await openMapAt(1440, 900);
    await marker('SAZ').click();
    await towerPopup.waitFor();
    await screenshot('map-outage-1440.png');
    await closePopup();
    const at1440 = await midpoint('CEN', 'RIB');
    await page.mouse.click(at1440.x, at1440.y);
    const busy = page.getByTestId(`link-popup-${(await linkTo('RIB')).id}`);
    await expect.poll(async () => Number(await busy.getByTestId('link-traffic-chart').getAttribute('data-points')), { timeout: 20_000 }).toBeGreaterThan(0);
    await screenshot('map-link-popup-1440.png');
    await closePopup();
    await openMapAt(390, 844);
    await screenshot('map-outage-390.png');
    await page.setViewportSize({ width: 1280, height: 800 });
  }, 2 * LIVE_TIMEOUT);

  it('needs no tiles: MAP_TILE_URL=off draws everything on a plain background, fetching nothing from outside', async () => {
    expect(await page.locator('.leaflet-tile').count()).toBe(0);
    expect(await page.getByTestId('map').textContent()).toContain('Mapa de fundo desativado.');
    expect(session.outside).toEqual([]);
  });
});
