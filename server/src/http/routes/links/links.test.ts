import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminAuth, createTestApp, QUICK_OUTAGES, userAuth } from '../../../test-support/test-app.js';
import { TEST_DB } from '../../../test-support/test-db.js';
import { startSnmpsim, type Snmpsim } from '../../../test-support/snmpsim.js';
import { snmpFixturesDir, snmpRecordingPath } from '../../../test-support/snmp-fixtures.js';
import type { Link } from './schema.js';

// This file's own loopback addresses (one range per database run) and port.
const NET = TEST_DB === 'postgres' ? '127.62.2' : '127.62.1';
const HOSTS = { core: `${NET}.1`, radio: `${NET}.2`, ap: `${NET}.3`, switchC: `${NET}.4` };
const PORT = 11164;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** What the airFiber's air0 (ifIndex 4) carries in the replay: 40 Mbit/s in, 20 Mbit/s out. */
const AIR0 = { inBps: 40e6, outBps: 20e6 };
/** The recording's airFiber capacity (41112.1.3.2.1.6.1 txCapacity, bits/s) and signal (rxPower1). */
const AF = { capacityBps: 684_856_960, signalDbm: -42 };

/**
 * The shared airFiber recording, replayed with its air0 counters and its uptime growing
 * (snmpsim's `numeric` variation), so two polls see traffic.
 */
function airfiberWithTraffic(): string {
  const grow: Record<string, string> = {
    '1.3.6.1.2.1.1.3.0': 'rate=100,initial=7474900',
    '1.3.6.1.2.1.2.2.1.10.4': `rate=${AIR0.inBps / 8},initial=21233147,max=4294967296,wrap=1`,
    '1.3.6.1.2.1.2.2.1.16.4': `rate=${AIR0.outBps / 8},initial=123465350,max=4294967296,wrap=1`,
  };
  const lines = readFileSync(snmpRecordingPath('airos-af'), 'utf8').split('\n');
  const out = lines.map((line) => {
    const [oid, type] = line.split('|');
    return oid && grow[oid] ? `${oid}|${type}:numeric|${grow[oid]}` : line;
  });
  expect(out.filter((l) => l.includes(':numeric|'))).toHaveLength(3);
  return out.join('\n');
}

describe(`GET /api/links against snmpsimd and fping (${TEST_DB})`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: { authorization: string };
  let sim: Snmpsim;
  const ids: Record<string, number> = {};
  const towers: Record<string, number> = {};
  const links = async (query = '') => {
    const r = await t.app.inject({ method: 'GET', url: `/api/links${query}`, headers: admin });
    expect(r.statusCode, r.body).toBe(200);
    return r.json() as { items: Link[]; total: number };
  };
  const cycle = () => t.monitoring.snmp.engine.runCycle(Date.now());
  let at = Date.now();
  const round = () => t.monitoring.engine.runRound((at += 1000));

  beforeAll(async () => {
    t = await createTestApp({ ...QUICK_OUTAGES, SNMP_TIMEOUT_MS: '500', SNMP_RETRIES: '0', SNMP_INTERVAL_SECONDS: '10' });
    admin = await adminAuth(t.app);
    const tower = async (name: string) => {
      const r = await t.app.inject({ method: 'POST', url: '/api/towers', headers: admin, payload: { name, latitude: -20, longitude: -45 } });
      expect(r.statusCode, r.body).toBe(201);
      towers[name] = r.json().id;
    };
    await tower('Torre A');
    await tower('Torre B');
    await tower('Torre C');
    const add = async (name: string, payload: Record<string, unknown>) => {
      const r = await t.app.inject({ method: 'POST', url: '/api/devices', headers: admin, payload: { name, ...payload } });
      expect(r.statusCode, r.body).toBe(201);
      ids[name] = r.json().id;
    };
    await add('RB-Core', { host: HOSTS.core, type: 'router', towerId: towers['Torre A'] });
    // The airFiber on tower B, hanging off the core on tower A: the link A → B.
    await add('AF-B', { host: HOSTS.radio, type: 'ptp', towerId: towers['Torre B'], parentId: ids['RB-Core'], snmp: { version: '2c', community: 'airos-af-traffic', port: PORT } });
    // Same tower as its parent: not a link.
    await add('AP-B', { host: HOSTS.ap, type: 'ap', towerId: towers['Torre B'], parentId: ids['AF-B'] });
    // Tower C's uplink is the radio on tower B, and its switch names no parent: the link B → C.
    await add('SW-C', { host: HOSTS.switchC, type: 'switch', towerId: towers['Torre C'] });
    const r = await t.app.inject({ method: 'PATCH', url: `/api/towers/${towers['Torre C']}`, headers: admin, payload: { uplinkDeviceId: ids['AF-B'] } });
    expect(r.statusCode, r.body).toBe(200);
    sim = await startSnmpsim({
      sourceDir: snmpFixturesDir(),
      extraFiles: { 'airos-af-traffic.snmprec': airfiberWithTraffic() },
      endpoints: [`${HOSTS.radio}:${PORT}`],
      probeCommunity: 'airos-af-traffic',
    });
  }, 90_000);
  afterAll(async () => {
    await sim?.stop();
    await t?.close();
  });

  it('lists the links with names and unknown figures before any poll', async () => {
    const body = await links();
    expect(body.total).toBe(2);
    expect(body.items.map((l) => [l.deviceName, l.fromTowerName, l.toTowerName])).toEqual([
      ['AF-B', 'Torre A', 'Torre B'],
      ['SW-C', 'Torre B', 'Torre C'],
    ]);
    expect(body.items[0]).toMatchObject({
      id: ids['AF-B'],
      deviceId: ids['AF-B'],
      parentId: ids['RB-Core'],
      parentName: 'RB-Core',
      fromTowerId: towers['Torre A'],
      toTowerId: towers['Torre B'],
      status: 'unknown',
      maintenance: false,
      capacityBps: null,
      trafficInBps: null,
      utilisationPercent: null,
      signalDbm: null,
      ifIndex: null,
      measuredAt: null,
    });
  });

  it('gives a PtP radio capacity, traffic, utilisation and signal after two SNMP cycles', async () => {
    await round();
    expect(t.monitoring.monitor.state(ids['AF-B']!)?.status).toBe('up');
    expect(await cycle()).toMatchObject({ polled: 1, failed: 0 });
    // One poll: the radio's capacity and signal, no rate yet.
    const first = (await links()).items[0]!;
    expect(first).toMatchObject({ status: 'up', capacityBps: AF.capacityBps, capacitySource: 'radio', signalDbm: AF.signalDbm, ifIndex: 4, trafficInBps: null, utilisationPercent: null });
    await sleep(2000);
    await cycle();
    const link = (await links()).items[0]!;
    expect(link).toMatchObject({ status: 'up', capacityBps: AF.capacityBps, signalDbm: AF.signalDbm, ifIndex: 4, snmpError: null });
    expect(Math.abs(link.trafficInBps! - AIR0.inBps) / AIR0.inBps).toBeLessThan(0.1);
    expect(Math.abs(link.trafficOutBps! - AIR0.outBps) / AIR0.outBps).toBeLessThan(0.1);
    expect(link.utilisationPercent).toBe(Math.round((Math.max(link.trafficInBps!, link.trafficOutBps!) / AF.capacityBps) * 1000) / 10);
    expect(link.utilisationPercent).toBeGreaterThan(5);
    expect(link.utilisationPercent).toBeLessThan(6.5);
    expect(Date.parse(link.measuredAt!)).toBeGreaterThan(Date.now() - 10_000);

    // The popup's chart: the device's traffic history on that interface (the poll's second may round up past now).
    const to = new Date(Date.now() + 60_000).toISOString();
    const history = await t.app.inject({ method: 'GET', url: `/api/devices/${link.deviceId}/traffic?ifIndex=${link.ifIndex}&to=${to}`, headers: admin });
    expect(history.statusCode, history.body).toBe(200);
    expect(history.json().points.length).toBeGreaterThanOrEqual(1);

    // The switch on tower C has no SNMP: its link is there, with no figures.
    expect((await links()).items[1]).toMatchObject({ deviceName: 'SW-C', parentName: 'AF-B', status: 'up', capacityBps: null, trafficInBps: null, ifIndex: null });
  }, 30_000);

  it('filters by tower and names a bad filter', async () => {
    expect((await links(`?towerId=${towers['Torre C']}`)).items.map((l) => l.deviceName)).toEqual(['SW-C']);
    expect((await links(`?towerId=${towers['Torre B']}`)).total).toBe(2);
    expect((await links('?towerId=999999')).total).toBe(0);
    const bad = await t.app.inject({ method: 'GET', url: '/api/links?towerId=abc', headers: admin });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0].field).toBe('towerId');
  });

  it('follows the inventory: a renamed tower, a new parent on the same tower', async () => {
    await t.app.inject({ method: 'PATCH', url: `/api/towers/${towers['Torre C']}`, headers: admin, payload: { name: 'Torre Serra Azul' } });
    expect((await links()).items[1]!.toTowerName).toBe('Torre Serra Azul');
    // Moving the core to tower B puts both ends of the first link on one tower.
    await t.app.inject({ method: 'PATCH', url: `/api/devices/${ids['RB-Core']}`, headers: admin, payload: { towerId: towers['Torre B'] } });
    expect((await links()).items.map((l) => l.deviceName)).toEqual(['SW-C']);
    await t.app.inject({ method: 'PATCH', url: `/api/devices/${ids['RB-Core']}`, headers: admin, payload: { towerId: towers['Torre A'] } });
    expect((await links()).total).toBe(2);
  });

  it('is down when either end is down or unreachable', async () => {
    // The radio link A → B is cut: nothing behind it answers.
    const rules = [HOSTS.radio, HOSTS.ap, HOSTS.switchC].map((host) => ['OUTPUT', '-d', host, '-p', 'icmp', '-j', 'DROP']);
    for (const rule of rules) execFileSync('iptables', ['-I', ...rule]);
    try {
      await round();
      await round();
      expect(t.monitoring.monitor.state(ids['AF-B']!)?.status).toBe('down');
      expect(t.monitoring.monitor.state(ids['SW-C']!)?.status).toBe('unreachable');
      // The radio is down, and tower C's switch behind it unreachable: both links down.
      expect((await links()).items.map((l) => [l.deviceName, l.status])).toEqual([
        ['AF-B', 'down'],
        ['SW-C', 'down'],
      ]);
    } finally {
      for (const rule of rules) execFileSync('iptables', ['-D', ...rule]);
    }
    await round();
    expect((await links()).items.map((l) => l.status)).toEqual(['up', 'up']);

    // The core end alone down: the link to it is down though the radio still answers.
    const core = ['OUTPUT', '-d', HOSTS.core, '-p', 'icmp', '-j', 'DROP'];
    execFileSync('iptables', ['-I', ...core]);
    try {
      await round();
      await round();
      expect(t.monitoring.monitor.state(ids['RB-Core']!)?.status).toBe('down');
      expect(t.monitoring.monitor.state(ids['AF-B']!)?.status).toBe('up');
      expect((await links()).items.map((l) => l.status)).toEqual(['down', 'up']);
    } finally {
      execFileSync('iptables', ['-D', ...core]);
    }
    await round();
    expect((await links()).items.map((l) => l.status)).toEqual(['up', 'up']);
  }, 30_000);

  it('marks a link in maintenance and lets a viewer read the links', async () => {
    const m = await t.app.inject({ method: 'POST', url: '/api/maintenance', headers: admin, payload: { scope: 'device', targetId: ids['RB-Core'], durationMinutes: 30, reason: 'troca de rádio' } });
    expect(m.statusCode, m.body).toBe(201);
    const viewer = await userAuth(t.app, admin, 'viewer');
    const r = await t.app.inject({ method: 'GET', url: '/api/links', headers: viewer });
    expect(r.statusCode).toBe(200);
    // A window on the core covers its dependents too: both links.
    expect((r.json().items as Link[]).map((l) => l.maintenance)).toEqual([true, true]);
    expect((await t.app.inject({ method: 'GET', url: '/api/links' })).statusCode).toBe(401);
    // Ending the window shows at once, though the lookup is kept between requests.
    expect((await t.app.inject({ method: 'DELETE', url: `/api/maintenance/${m.json().id}`, headers: admin })).statusCode).toBeLessThan(300);
    expect((await links()).items.map((l) => l.maintenance)).toEqual([false, false]);
  });
});
