import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSnmpsim, type Snmpsim } from '../server/src/test-support/snmpsim.js';
import { snmpFixturesDir } from '../server/src/test-support/snmp-fixtures.js';
import type { RunningServer } from './support/server.js';
import { openSession, type Api, type Session } from './support/session.js';
import { signInFirstTime } from './support/sign-in.js';
import { recordedValues } from './support/snmprec.js';

const TEST_DB = process.env.TEST_DB ?? 'sqlite';
const NEW_PASSWORD = 'senha-nova-segura-1';
// This file's own loopback addresses (one range per database run), one per recording.
const NET = TEST_DB === 'postgres' ? '127.0.31' : '127.0.30';
const PORT = 11164;
const DEVICES = {
  routeros: { name: 'RB Setor Norte', host: `${NET}.1`, type: 'ap' },
  routeros_station: { name: 'DynaDish Cliente', host: `${NET}.2`, type: 'station' },
  airos: { name: 'Rocket Prism Sul', host: `${NET}.3`, type: 'ap' },
} as const;
type Recording = keyof typeof DEVICES;
const SCREENSHOTS = process.env.SCREENSHOTS === '1' ? path.resolve(import.meta.dirname, '../docs/screenshots') : null;

// What the page must show, read straight from the recordings.
const IF_NAMES = recordedValues('routeros', '1.3.6.1.2.1.31.1.1.1.1'); // ifName
const CLIENT_SIGNALS = [
  ...recordedValues('routeros', '1.3.6.1.4.1.14988.1.1.1.2.1.3'), // mtxrWlRtabStrength, per registered client
  ...recordedValues('routeros', '1.3.6.1.4.1.14988.1.1.1.9.1.9'), // mtxrWl60GStaRssi, the 60 GHz peer
].map(Number);
const STATION_60G_SIGNAL = Number(recordedValues('routeros', '1.3.6.1.4.1.14988.1.1.1.8.1.12')[0]); // mtxrWl60GRssi

describe(`SNMP in Chromium against snmpsimd (${TEST_DB})`, () => {
  let server: RunningServer;
  let sim: Snmpsim;
  let session: Session;
  let api: Api;
  let page: Page;
  const ids: Partial<Record<Recording, number>> = {};
  let outside: string[] = [];

  const screenshot = async (name: string) => {
    if (!SCREENSHOTS) return;
    mkdirSync(SCREENSHOTS, { recursive: true });
    // A viewport as tall as the page, rather than fullPage: the sticky header stays on top.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: 1280, height });
    await page.screenshot({ path: path.join(SCREENSHOTS, name) });
    await page.setViewportSize({ width: 1280, height: 800 });
  };
  const texts = (testId: string) => page.getByTestId(testId).allTextContents();

  beforeAll(async () => {
    sim = await startSnmpsim({ sourceDir: snmpFixturesDir(), endpoints: Object.values(DEVICES).map((d) => `${d.host}:${PORT}`), probeCommunity: 'routeros' });
    session = await openSession({ SNMP_INTERVAL_SECONDS: '10' });
    ({ server, page, outside, api } = session);
  }, 120_000);
  afterAll(async () => {
    await session?.close();
    await sim?.stop();
  });

  it('signs in', async () => {
    await signInFirstTime(page, server.baseUrl, NEW_PASSWORD);
  });

  it('tests the SNMP settings from the device form before saving, then saves', async () => {
    const d = DEVICES.routeros;
    await page.goto(`${server.baseUrl}/equipment/new`);
    await page.getByTestId('device-name').fill(d.name);
    await page.getByTestId('device-host').fill(d.host);
    await page.getByTestId('device-type').selectOption(d.type);
    await page.getByTestId('snmp-version').selectOption('2c');
    await page.getByTestId('snmp-port').fill(String(PORT));
    // A wrong community first: the failure is shown, not a crash.
    await page.getByTestId('snmp-community').fill('not-a-recording');
    await page.getByTestId('snmp-test').click();
    const result = page.getByTestId('snmp-test-result');
    await result.waitFor({ timeout: 20_000 });
    expect(await result.getAttribute('role')).toBe('alert');

    await page.getByTestId('snmp-community').fill('routeros');
    await page.getByTestId('snmp-test').click();
    await page.getByTestId('snmp-test-identity').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('snmp-test-identity').textContent()).toMatch(/MikroTik.*RouterOS/);
    expect(await page.getByTestId('snmp-test-counts').textContent()).toContain(String(IF_NAMES.length));

    await page.getByTestId('device-submit').click();
    await page.waitForURL(/\/equipment$/);
    const list = await api.get<{ items: { id: number; host: string; snmp: { version: string; port: number } | null }[] }>(`/api/devices?q=${d.host}`);
    expect(list.items[0]).toMatchObject({ host: d.host, snmp: { version: '2c', port: PORT } });
    ids.routeros = list.items[0]!.id;

    // The other two radios through the API: the form is proven above.
    for (const name of ['routeros_station', 'airos'] as const) {
      const created = await api.post<{ id: number }>('/api/devices', { ...DEVICES[name], snmp: { version: '2c', community: name, port: PORT } });
      ids[name] = created.id;
    }
  }, 60_000);

  it("lists the recording's interfaces after Poll now, with a traffic chart for the chosen one", async () => {
    await page.goto(`${server.baseUrl}/equipment/${ids.routeros}?tab=interfaces`);
    const poll = page.getByTestId('snmp-poll-now');
    await poll.click();
    await page.getByTestId('interfaces-panel').waitFor({ timeout: 20_000 });
    // A second poll gives rates (the recording's counters stand still: 0 bit/s).
    await expect.poll(() => poll.isEnabled()).toBe(true);
    await poll.click();
    await expect.poll(() => page.getByTestId('interface-in').first().textContent(), { timeout: 20_000 }).toContain('bit/s');

    expect(IF_NAMES.length).toBeGreaterThan(5);
    expect(await texts('interface-name')).toEqual(IF_NAMES);
    expect(await page.getByTestId('snmp-vendor').textContent()).toBe('MikroTik');
    expect(await page.getByTestId('snmp-platform').textContent()).toBe('RouterOS');

    // ifIndex 3 is "WAN"; choosing it retitles the traffic chart.
    await page.getByTestId('interface-row-3').click();
    await expect.poll(() => page.getByTestId('traffic-panel').getAttribute('data-if-index')).toBe('3');
    expect(await page.getByTestId('traffic-panel').textContent()).toContain('WAN');
    await page.getByTestId('range-24h').click();
    await expect.poll(() => page.getByTestId('traffic-panel').getAttribute('data-range')).toBe('24h');
    // The second poll stored a rate (0 bit/s: the recording stands still), so the chart has a point.
    await expect.poll(async () => Number(await page.getByTestId('traffic-chart').getAttribute('data-points')), { timeout: 20_000 }).toBeGreaterThan(0);
    await screenshot('snmp-interfaces.png');
  }, 60_000);

  it('shows the radios and the clients, weakest signal first', async () => {
    await page.getByTestId('device-tab-wireless').click();
    await page.getByTestId('wireless-panel').waitFor();
    // The 60 GHz station radio reports its own signal.
    await expect.poll(() => texts('radio-signal')).toContain(`${STATION_60G_SIGNAL} dBm`);

    const table = page.getByTestId('clients-table');
    expect(CLIENT_SIGNALS.length).toBeGreaterThanOrEqual(11);
    expect(Number(await table.getAttribute('data-count'))).toBe(CLIENT_SIGNALS.length);
    const firstSignal = () => page.getByTestId('client-row-0').getByTestId('client-signal');
    const weakest = Math.min(...CLIENT_SIGNALS);
    const strongest = Math.max(...CLIENT_SIGNALS);
    expect(await firstSignal().textContent()).toBe(`${weakest} dBm`);
    expect(await firstSignal().getAttribute('data-quality')).toBe('weak');
    await page.getByTestId('client-sort-signalDbm').click();
    expect(await firstSignal().textContent()).toBe(`${strongest} dBm`);
    expect(await firstSignal().getAttribute('data-quality')).toBe('good');
    await page.getByTestId('client-sort-signalDbm').click();
    expect(await firstSignal().textContent()).toBe(`${weakest} dBm`);

    await page.getByTestId('radio-history-4').click();
    await expect.poll(() => page.getByTestId('radio-4').getAttribute('data-selected')).toBe('true');
    await expect.poll(async () => Number(await page.getByTestId('chart-signal').getAttribute('data-points')), { timeout: 20_000 }).toBeGreaterThan(0);
    await screenshot('snmp-wireless.png');
  }, 60_000);

  it('sorts the equipment list by signal and CCQ, weakest first', async () => {
    for (const name of ['routeros_station', 'airos'] as const) await api.post(`/api/devices/${ids[name]}/snmp/poll`);
    const views = await Promise.all((['routeros_station', 'airos'] as const).map((name) => api.get<{ wireless: { signalDbm: number | null }[] }>(`/api/devices/${ids[name]}/snmp`)));
    const [station, airos] = views.map((v) => v.wireless[0]!.signalDbm!);
    expect(airos).toBeLessThan(station!);

    await page.goto(`${server.baseUrl}/equipment`);
    await page.getByTestId(`device-row-${ids.airos}`).waitFor();
    const order = async () => (await page.locator('[data-testid^="device-row-"]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-testid')))).map((t) => Number(t!.slice('device-row-'.length)));
    const before = (a: number, b: number) => async () => {
      const ids = await order();
      return ids.indexOf(a) < ids.indexOf(b);
    };
    await page.getByTestId('sort-signal').click();
    await page.waitForURL(/sort=signal/);
    await expect.poll(before(ids.airos!, ids.routeros_station!)).toBe(true);
    expect(await page.getByTestId(`device-row-${ids.airos}`).getByTestId('device-signal').textContent()).toBe(`${airos} dBm`);
    await page.getByTestId('sort-signal').click();
    await page.waitForURL(/sort=-signal/);
    await expect.poll(before(ids.routeros_station!, ids.airos!)).toBe(true);

    // CCQ: the RouterOS AP's worst radio (70 %) is weaker than the station's.
    await page.getByTestId('sort-ccq').click();
    await page.waitForURL(/sort=ccq/);
    await expect.poll(before(ids.routeros!, ids.routeros_station!)).toBe(true);
    expect(await page.getByTestId(`device-row-${ids.routeros}`).getByTestId('device-ccq').getAttribute('data-quality')).toBe('fair');
  }, 60_000);

  it('keeps the last data, marked stale, when SNMP stops answering: live, without a reload', async () => {
    await page.goto(`${server.baseUrl}/equipment/${ids.routeros}?tab=interfaces`);
    await page.getByTestId('interfaces-panel').waitFor();
    let navigations = 0;
    page.on('framenavigated', () => navigations++);
    await sim.stop();
    // The next scheduled cycle (every 10 s) times out; its stream event refreshes the page.
    const banner = page.getByTestId('snmp-error-banner');
    await banner.waitFor({ timeout: 45_000 });
    expect(navigations).toBe(0);
    expect(await banner.textContent()).toContain('SNMP não responde');
    expect(await page.getByTestId('snmp-content').getAttribute('data-stale')).toBe('true');
    expect(await texts('interface-name')).toEqual(IF_NAMES);

    await page.getByTestId('device-tab-overview').click();
    await page.getByTestId('snmp-events').locator('[data-kind="snmp.error"]').first().waitFor();

    await page.goto(`${server.baseUrl}/equipment?sort=name`);
    const marker = page.getByTestId(`device-row-${ids.routeros}`).getByTestId('snmp-error-marker');
    await marker.waitFor();
    expect(await marker.getAttribute('title')).toContain('SNMP não responde');
  }, 90_000);

  it('sent no request outside this machine', () => {
    expect(outside).toEqual([]);
  });
});
