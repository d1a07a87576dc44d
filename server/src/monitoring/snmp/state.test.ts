import { describe, expect, it } from 'vitest';
import type { InterfaceReading, SnmpReading } from '../../probers/snmp/model.js';
import type { SnmpData } from '../../probers/snmp/snmp-prober.js';
import type { ProbeResult } from '../../probers/types.js';
import { applyPoll, radioKeys } from './state.js';

const T0 = 1_800_000_000_000;
const eth = (over: Partial<InterfaceReading> = {}): InterfaceReading => ({
  ifIndex: 1,
  name: 'ether1',
  alias: null,
  descr: 'ether1',
  type: 6,
  adminStatus: 'up',
  operStatus: 'up',
  speedBps: 1e9,
  inOctets: 1_000_000n,
  outOctets: 2_000_000n,
  counterBits: 64,
  inErrors: 5,
  outErrors: 0,
  inDiscards: 0,
  outDiscards: 0,
  ...over,
});
const reading = (uptimeSeconds: number, interfaces: InterfaceReading[], signals: (number | null)[] = []): SnmpReading => ({
  system: { sysName: 'r1', sysDescr: null, sysObjectId: null, uptimeSeconds, vendor: null, platform: null, model: null, firmware: null, serial: null },
  interfaces,
  wireless: signals.map((signalDbm, i) => ({
    ifIndex: i === 1 ? null : 10 + i,
    mode: 'ap',
    ssid: null,
    frequencyMhz: null,
    channelWidthMhz: null,
    signalDbm,
    noiseDbm: null,
    snrDb: null,
    ccqPercent: 90 - i * 10,
    txRateBps: null,
    rxRateBps: null,
    clients: null,
    distanceMeters: null,
    txPowerDbm: null,
  })),
  clients: [],
});
const ok = (at: number, r: SnmpReading): ProbeResult<SnmpData> => ({ ok: true, reason: null, data: { reading: r, polledAt: at, durationMs: 10, requests: 2 } });
const fail = (at: number, reason: string): ProbeResult<SnmpData> => ({ ok: false, reason, data: { reading: null, polledAt: at, durationMs: 10, requests: 1 } });

describe('applyPoll', () => {
  it('has no rate on the first poll, then bits per second over the real time between answering polls', () => {
    const a = applyPoll(7, null, ok(T0, reading(1000, [eth()])));
    expect(a.state.interfaces[0]!.inBps).toBeNull();
    expect(a.interfaceRows).toEqual([]);
    // 62.5 s later (not the nominal 60): 7,812,500 bytes in = 1 Mbit/s
    const b = applyPoll(7, a.state, ok(T0 + 62_500, reading(1062, [eth({ inOctets: 8_812_500n, outOctets: 2_000_000n, inErrors: 8 })])));
    expect(b.state.interfaces[0]).toMatchObject({ inBps: 1_000_000, outBps: 0, inErrors: 3 });
    expect(b.interfaceRows).toEqual([{ device_id: 7, if_index: 1, t: Math.round((T0 + 62_500) / 1000), in_bps: 1_000_000, out_bps: 0, in_errors: 3, out_errors: 0, in_discards: 0, out_discards: 0 }]);
    expect(b.events).toEqual([]);
  });

  it('records interface down and up as events, naming the interface', () => {
    const a = applyPoll(7, null, ok(T0, reading(1000, [eth()]))).state;
    const b = applyPoll(7, a, ok(T0 + 60_000, reading(1060, [eth({ operStatus: 'down' })])));
    expect(b.events).toEqual([{ deviceId: 7, at: T0 + 60_000, kind: 'interface.down', ifIndex: 1, detail: 'ether1: up → down' }]);
    const c = applyPoll(7, b.state, ok(T0 + 120_000, reading(1120, [eth()])));
    expect(c.events.map((e) => e.kind)).toEqual(['interface.up']);
  });

  it('records a reboot and stores no point from the reset counters', () => {
    const a = applyPoll(7, null, ok(T0, reading(100_000, [eth({ inOctets: 9_000_000_000n })]))).state;
    const b = applyPoll(7, a, ok(T0 + 60_000, reading(40, [eth({ inOctets: 1_000n })])));
    expect(b.events).toEqual([{ deviceId: 7, at: T0 + 60_000, kind: 'reboot', ifIndex: null, detail: 'uptime 40 s' }]);
    expect(b.state.interfaces[0]!.inBps).toBeNull();
    expect(b.interfaceRows).toEqual([]);
  });

  it('keeps the last good data through an SNMP error, once per outage, and rates across the gap', () => {
    const a = applyPoll(7, null, ok(T0, reading(1000, [eth()], [-70]))).state;
    const b = applyPoll(7, a, fail(T0 + 60_000, 'timeout: no SNMP answer'));
    expect(b.events.map((e) => e.kind)).toEqual(['snmp.error']);
    expect(b.state).toMatchObject({ error: 'timeout: no SNMP answer', errorSince: T0 + 60_000, okAt: T0, signalDbm: -70 });
    const c = applyPoll(7, b.state, fail(T0 + 120_000, 'timeout: no SNMP answer'));
    expect(c.events).toEqual([]);
    expect(c.state.errorSince).toBe(T0 + 60_000);
    // Back after 3 minutes: the rate spans the gap since the last answer.
    const d = applyPoll(7, c.state, ok(T0 + 180_000, reading(1180, [eth({ inOctets: 1_000_000n + 22_500_000n })], [-70])));
    expect(d.events.map((e) => e.kind)).toEqual(['snmp.recovered']);
    expect(d.state.interfaces[0]!.inBps).toBe(1_000_000);
    expect(d.state.error).toBeNull();
  });

  it('summarises the worst radio for the equipment list and keys radios without ifIndex by position', () => {
    const a = applyPoll(7, null, ok(T0, reading(1000, [], [-60, -78, null])));
    expect(a.state).toMatchObject({ signalDbm: -78, ccqPercent: 70 });
    const keys = a.wirelessRows.map((r) => r.radio);
    expect(keys[0]).toBe(10);
    expect(keys[1]).toBeLessThan(0);
    expect(keys[2]).toBe(12);
  });

  it('gives two radios that share an ifIndex keys of their own (one history row each per poll)', () => {
    const r = reading(1000, [], [-60, -70, -80]);
    // same ifIndex as the first radio, as the routeros recording's 60 GHz station shares wlan1's
    r.wireless[1]!.ifIndex = 10;
    r.wireless[1]!.mode = 'station';
    const keys = radioKeys(r.wireless);
    expect(new Set(keys).size).toBe(3);
    expect([keys[0], keys[2]]).toEqual([10, 12]);
    // The same radios in another order keep their keys: history does not jump between them.
    expect(radioKeys([r.wireless[2]!, r.wireless[1]!, r.wireless[0]!])).toEqual([12, keys[1], 10]);
  });
});
