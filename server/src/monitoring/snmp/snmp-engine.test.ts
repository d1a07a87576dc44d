import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminAuth, createTestApp } from '../../test-support/test-app.js';
import { TEST_DB } from '../../test-support/test-db.js';
import { startSnmpsim, type Snmpsim } from '../../test-support/snmpsim.js';
import { snmpFixturesDir } from '../../test-support/snmp-fixtures.js';
import { COUNTER_RATES, counterRecording } from '../../test-support/counter-agent.js';
import type { InterfaceState } from './state.js';

// This file's own loopback addresses (one range per database run) and port.
const NET = TEST_DB === 'postgres' ? '127.0.46' : '127.0.45';
const HOSTS = { counters: `${NET}.1`, station: `${NET}.2`, ptp: `${NET}.3`, plain: `${NET}.4` };
const HOST = HOSTS.counters;
const PORT = 11163;
const WRAP_AFTER_S = 5;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const near = (value: number | null | undefined, expected: number, tolerance = 0.1) => {
  expect(value).not.toBeNull();
  expect(Math.abs((value as number) - expected) / expected).toBeLessThan(tolerance);
};

describe(`SNMP polling, rates and events against snmpsimd (${TEST_DB})`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: { authorization: string };
  let sim: Snmpsim;
  const ids: Record<string, number> = {};
  const snmpOf = async (name: string) => (await t.app.inject({ method: 'GET', url: `/api/devices/${ids[name]}/snmp`, headers: admin })).json();
  const stateOf = (name: string) => t.monitoring.snmp.monitor.get(ids[name]!)!;
  const iface = (name: string, ifIndex: number) => stateOf(name).interfaces.find((i) => i.ifIndex === ifIndex) as InterfaceState;
  const cycle = () => t.monitoring.snmp.engine.runCycle(Date.now());

  beforeAll(async () => {
    t = await createTestApp({ SNMP_TIMEOUT_MS: '400', SNMP_RETRIES: '0', SNMP_INTERVAL_SECONDS: '10', PING_COUNT: '1', PING_TIMEOUT_MS: '300', DOWN_AFTER: '2' });
    admin = await adminAuth(t.app);
    const add = async (name: string, community: string | null, type = 'router') => {
      const snmp = community === null ? undefined : { version: '2c', community, port: PORT };
      const host = HOSTS[name as keyof typeof HOSTS];
      const r = await t.app.inject({ method: 'POST', url: '/api/devices', headers: admin, payload: { name, host, type, snmp } });
      expect(r.statusCode, r.body).toBe(201);
      ids[name] = r.json().id;
    };
    // One simulator answering on each device's address: each recording is a community.
    await add('counters', 'counters');
    await add('station', 'routeros_station', 'station');
    await add('ptp', 'airos-af60_airos-af60', 'ptp');
    await add('plain', null, 'switch');
    sim = await startSnmpsim({ sourceDir: snmpFixturesDir(), extraFiles: { 'counters.snmprec': counterRecording(WRAP_AFTER_S) }, endpoints: Object.values(HOSTS).map((h) => `${h}:${PORT}`), probeCommunity: 'counters' });
  }, 90_000);
  afterAll(async () => {
    await sim?.stop();
    await t?.close();
  });

  it('computes rates from counter deltas over real time, corrects a 32-bit wrap, stores the history', async () => {
    const first = await cycle();
    expect(first).toMatchObject({ devices: 3, polled: 3, failed: 0, skipped: 0 });
    // First poll: nothing to compare with yet.
    expect(iface('counters', 1).inBps).toBeNull();
    let wrapped = false;
    for (let i = 0; i < 10 && !wrapped; i++) {
      const before = BigInt(iface('counters', 2).counters.inOctets!);
      await sleep(1500);
      await cycle();
      const now = iface('counters', 2);
      near(iface('counters', 1).inBps, COUNTER_RATES.hc0In);
      near(iface('counters', 1).outBps, COUNTER_RATES.hc0Out);
      expect(iface('counters', 1).counters.bits).toBe(64);
      expect(now.counters.bits).toBe(32);
      near(now.inBps, COUNTER_RATES.wrap0In);
      if (BigInt(now.counters.inOctets!) < before) wrapped = true;
    }
    expect(wrapped, 'the 32-bit counter wrapped while polled').toBe(true);

    const body = await snmpOf('counters');
    expect(body.error).toBeNull();
    expect(body.system).toMatchObject({ sysName: 'counters', sysDescr: 'Torre counter test agent', vendor: null });
    expect(body.interfaces[0]).toMatchObject({ ifIndex: 1, name: 'hc0', alias: 'uplink to core', adminStatus: 'up', operStatus: 'up', speedBps: 1e9 });
    expect(body.interfaces[0]).not.toHaveProperty('counters');

    const traffic = await t.app.inject({ method: 'GET', url: `/api/devices/${ids.counters}/traffic?ifIndex=2&step=1`, headers: admin });
    expect(traffic.statusCode, traffic.body).toBe(200);
    const points = traffic.json().points as { inBps: number }[];
    expect(points.length).toBeGreaterThanOrEqual(1);
    for (const p of points) near(p.inBps, COUNTER_RATES.wrap0In);
  }, 60_000);

  it('records a reboot when the device restarts, and draws no spike from the reset counters', async () => {
    // The simulated uptime restarts at 10 s: let it run well past that first, as a real device's would.
    for (let i = 0; i < 20 && (stateOf('counters').system?.uptimeSeconds ?? 0) < 20; i++) {
      await sleep(1000);
      await cycle();
    }
    const rowsBefore = (await t.db.kysely.selectFrom('interface_samples').select('t').where('device_id', '=', ids.counters!).execute()).length;
    await sim.restart();
    await cycle();
    // Counters went back to their start values: no rate for this poll, on either width.
    expect(iface('counters', 1).inBps).toBeNull();
    expect(iface('counters', 2).inBps).toBeNull();
    const rowsAfter = (await t.db.kysely.selectFrom('interface_samples').select('t').where('device_id', '=', ids.counters!).execute()).length;
    expect(rowsAfter, JSON.stringify({ events: (await t.app.inject({ method: 'GET', url: `/api/devices/${ids.counters}/snmp/events`, headers: admin })).json(), ifs: stateOf('counters').interfaces })).toBe(rowsBefore);
    const events = (await t.app.inject({ method: 'GET', url: `/api/devices/${ids.counters}/snmp/events`, headers: admin })).json().items;
    expect(events[0]).toMatchObject({ kind: 'reboot' });
    await sleep(1000);
    await cycle();
    near(iface('counters', 1).inBps, COUNTER_RATES.hc0In);
  }, 60_000);

  it('keeps wireless history and sorts the equipment list by signal, weakest first', async () => {
    const station = await snmpOf('station');
    expect(station.system).toMatchObject({ vendor: 'MikroTik', platform: 'RouterOS' });
    expect(station.wireless[0]).toMatchObject({ mode: 'station', signalDbm: -47 });
    const radio = station.wireless[0].historyKey as number;
    const history = await t.app.inject({ method: 'GET', url: `/api/devices/${ids.station}/wireless-history?ifIndex=${radio}`, headers: admin });
    expect(history.statusCode, history.body).toBe(200);
    expect(history.json().points.length).toBeGreaterThan(0);
    expect(history.json().points[0].signalDbm).toBe(-47);

    const list = (await t.app.inject({ method: 'GET', url: '/api/devices?sort=signal', headers: admin })).json().items as { name: string; signalDbm: number | null }[];
    const withSignal = list.filter((d) => d.signalDbm !== null);
    expect(withSignal.length).toBeGreaterThanOrEqual(2);
    expect(withSignal.map((d) => d.signalDbm)).toEqual([...withSignal.map((d) => d.signalDbm)].sort((a, b) => a! - b!));
    // devices without a signal come last, in either direction
    expect(list.at(-1)!.signalDbm).toBeNull();
    const desc = (await t.app.inject({ method: 'GET', url: '/api/devices?sort=-signal', headers: admin })).json().items as { signalDbm: number | null }[];
    expect(desc.at(-1)!.signalDbm).toBeNull();
    expect(desc[0]!.signalDbm).toBe(Math.max(...withSignal.map((d) => d.signalDbm!)));
  });

  it('puts a device that answers ping but not SNMP in an snmp error state, and back', async () => {
    await t.app.inject({ method: 'PATCH', url: `/api/devices/${ids.station}`, headers: admin, payload: { snmp: { version: '2c', community: 'wrong-community', port: PORT } } });
    const polled = await t.app.inject({ method: 'POST', url: `/api/devices/${ids.station}/snmp/poll`, headers: admin });
    expect(polled.statusCode).toBe(200);
    expect(polled.json().error).toMatch(/^timeout: no SNMP answer/);
    // The last good data stays visible, marked by the error.
    expect(polled.json().wireless[0].signalDbm).toBe(-47);
    const device = (await t.app.inject({ method: 'GET', url: `/api/devices/${ids.station}`, headers: admin })).json();
    expect(device.snmpError).toMatch(/^timeout/);
    await t.app.inject({ method: 'PATCH', url: `/api/devices/${ids.station}`, headers: admin, payload: { snmp: { version: '2c', community: 'routeros_station', port: PORT } } });
    expect((await t.app.inject({ method: 'POST', url: `/api/devices/${ids.station}/snmp/poll`, headers: admin })).json().error).toBeNull();
    const kinds = ((await t.app.inject({ method: 'GET', url: `/api/devices/${ids.station}/snmp/events`, headers: admin })).json().items as { kind: string }[]).map((e) => e.kind);
    expect(kinds.slice(0, 2)).toEqual(['snmp.recovered', 'snmp.error']);
  });

  it('skips a device that ICMP says is down', async () => {
    const rule = ['OUTPUT', '-d', HOST, '-p', 'icmp', '-j', 'DROP'];
    execFileSync('iptables', ['-I', ...rule]);
    try {
      await t.monitoring.engine.runRound(Date.now());
      await t.monitoring.engine.runRound(Date.now() + 1000);
      expect(t.monitoring.monitor.state(ids.counters!)?.status).toBe('down');
      expect(['station', 'ptp'].map((n) => t.monitoring.monitor.state(ids[n]!)?.status)).toEqual(['up', 'up']);
      expect(await cycle()).toMatchObject({ devices: 3, polled: 2, skipped: 1 });
    } finally {
      execFileSync('iptables', ['-D', ...rule]);
    }
    await t.monitoring.engine.runRound(Date.now() + 2000);
    expect(await cycle()).toMatchObject({ polled: 3, skipped: 0 });
  });

  it('forgets the SNMP data of a device whose SNMP settings are removed', async () => {
    expect((await t.app.inject({ method: 'GET', url: `/api/devices/${ids.ptp}`, headers: admin })).json().signalDbm).not.toBeNull();
    await t.app.inject({ method: 'PATCH', url: `/api/devices/${ids.ptp}`, headers: admin, payload: { snmp: null } });
    expect(await cycle()).toMatchObject({ devices: 2 });
    expect((await t.app.inject({ method: 'GET', url: `/api/devices/${ids.ptp}`, headers: admin })).json()).toMatchObject({ signalDbm: null, snmpError: null });
    expect((await snmpOf('ptp')).polledAt).toBeNull();
  });

  it('tests credentials without saving them, and explains bad requests', async () => {
    const ok = await t.app.inject({ method: 'POST', url: '/api/snmp/test', headers: admin, payload: { host: HOSTS.station, snmp: { version: '2c', community: 'routeros_station', port: PORT } } });
    expect(ok.json()).toMatchObject({ ok: true, error: null, system: { vendor: 'MikroTik' }, radios: 1 });
    // Editing a device: the stored community is used when none is sent.
    const stored = await t.app.inject({ method: 'POST', url: '/api/snmp/test', headers: admin, payload: { host: HOSTS.station, deviceId: ids.station, snmp: { version: '2c', port: PORT } } });
    expect(stored.json()).toMatchObject({ ok: true });
    // …but never sent to another address than the device's own.
    const elsewhere = await t.app.inject({ method: 'POST', url: '/api/snmp/test', headers: admin, payload: { host: HOSTS.ptp, deviceId: ids.station, snmp: { version: '2c', port: PORT } } });
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().fields[0].field).toBe('snmp.community');
    const bad = await t.app.inject({ method: 'POST', url: '/api/snmp/test', headers: admin, payload: { host: HOST, snmp: { version: '2c', community: 'nope', port: PORT } } });
    expect(bad.json()).toMatchObject({ ok: false, error: expect.stringMatching(/^timeout/) });
    const missing = await t.app.inject({ method: 'POST', url: '/api/snmp/test', headers: admin, payload: { host: HOST, snmp: { version: '2c', port: PORT } } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().fields[0].field).toBe('snmp.community');

    const noSnmp = await t.app.inject({ method: 'POST', url: `/api/devices/${ids.plain}/snmp/poll`, headers: admin });
    expect(noSnmp.statusCode).toBe(400);
    expect(noSnmp.json().code).toBe('SNMP_NOT_CONFIGURED');
    const noIf = await t.app.inject({ method: 'GET', url: `/api/devices/${ids.counters}/traffic`, headers: admin });
    expect(noIf.statusCode).toBe(400);
    expect(JSON.stringify(noIf.json())).toContain('ifIndex');
    const backwards = await t.app.inject({ method: 'GET', url: `/api/devices/${ids.counters}/traffic?ifIndex=1&from=2026-01-02T00:00:00Z&to=2026-01-01T00:00:00Z`, headers: admin });
    expect(backwards.statusCode).toBe(400);
    const future = await t.app.inject({ method: 'GET', url: `/api/devices/${ids.counters}/wireless-history?ifIndex=1&to=2040-01-01T00:00:00Z`, headers: admin });
    expect(future.statusCode).toBe(400);
    expect(future.json().fields[0].field).toBe('to');
    expect((await t.app.inject({ method: 'GET', url: '/api/devices/999999/snmp', headers: admin })).statusCode).toBe(404);
  });
});
