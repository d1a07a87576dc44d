import { describe, expect, it } from 'vitest';
import type { WirelessRadio } from '../../probers/snmp/model.js';
import type { InterfaceState, SnmpDeviceState } from '../snmp/state.js';
import { linkFigures } from './link-figures.js';
import { linkStatus } from './link-status.js';

const NOW = 1_800_000_000_000;
const STALE = 25_000;

const iface = (ifIndex: number, name: string, o: Partial<InterfaceState> & { octets?: number } = {}): InterfaceState => ({
  ifIndex,
  name,
  alias: null,
  descr: name,
  type: 6,
  adminStatus: 'up',
  operStatus: 'up',
  speedBps: 1e9,
  inBps: null,
  outBps: null,
  inErrors: null,
  outErrors: null,
  inDiscards: null,
  outDiscards: null,
  counters: { bits: 64, inOctets: String(o.octets ?? 0), outOctets: '0', inErrors: null, outErrors: null, inDiscards: null, outDiscards: null },
  ...o,
});
const radio = (o: Partial<WirelessRadio>): WirelessRadio => ({
  ifIndex: null, mode: 'ptp', ssid: null, frequencyMhz: null, channelWidthMhz: null, signalDbm: null, noiseDbm: null, snrDb: null,
  ccqPercent: null, txRateBps: null, rxRateBps: null, clients: null, distanceMeters: null, txPowerDbm: null, ...o,
});
const state = (interfaces: InterfaceState[], wireless: WirelessRadio[] = [], o: Partial<SnmpDeviceState> = {}): SnmpDeviceState => ({
  deviceId: 1, polledAt: NOW - 1000, okAt: NOW - 1000, error: null, errorSince: null, system: null,
  interfaces, wireless, clients: [], signalDbm: wireless[0]?.signalDbm ?? null, ccqPercent: null, ...o,
});

describe('link figures from a device SNMP state', () => {
  it("reads the radio's own interface and capacity", () => {
    const s = state(
      [iface(1, 'eth0', { octets: 9e12, inBps: 900e6 }), iface(5, 'ath0', { inBps: 150e6, outBps: 30e6 })],
      [radio({ mode: 'ap', ifIndex: 9, txRateBps: 1e6 }), radio({ mode: 'station', ifIndex: 5, txRateBps: 300e6, rxRateBps: 200e6, signalDbm: -61 })],
    );
    expect(linkFigures(s, NOW, STALE)).toEqual({ ifIndex: 5, capacityBps: 300e6, capacitySource: 'radio', trafficInBps: 150e6, trafficOutBps: 30e6, utilisationPercent: 50, signalDbm: -61 });
  });

  it('takes a radio-named interface when the radio reports no ifIndex, and the RX rate without a TX one', () => {
    const s = state([iface(3, 'br0', { octets: 5e9 }), iface(4, 'air0', { octets: 1e9, inBps: 10e6, outBps: 25e6 })], [radio({ rxRateBps: 100e6 })]);
    expect(linkFigures(s, NOW, STALE)).toMatchObject({ ifIndex: 4, capacityBps: 100e6, capacitySource: 'radio', utilisationPercent: 25 });
  });

  it("takes a router's busiest live interface by counters, and its speed as capacity", () => {
    const s = state([
      iface(1, 'lo', { type: 24, octets: 9e15 }),
      iface(2, 'sfp1', { operStatus: 'down', octets: 8e15 }),
      iface(3, 'ether1', { octets: 7e12, speedBps: 10e9, inBps: 2e9, outBps: 500e6 }),
      iface(4, 'ether2', { octets: 1e12, inBps: 3e9 }),
    ]);
    expect(linkFigures(s, NOW, STALE)).toEqual({ ifIndex: 3, capacityBps: 10e9, capacitySource: 'interface', trafficInBps: 2e9, trafficOutBps: 500e6, utilisationPercent: 20, signalDbm: null });
  });

  it('shows no figures from a poll that failed or is old, but keeps the interface for the chart', () => {
    const ifs = [iface(4, 'air0', { inBps: 10e6, outBps: 1e6 })];
    const r = [radio({ txRateBps: 100e6, signalDbm: -50 })];
    const empty = { capacityBps: null, trafficInBps: null, utilisationPercent: null, signalDbm: null };
    expect(linkFigures(state(ifs, r, { error: 'timeout' }), NOW, STALE)).toMatchObject({ ifIndex: 4, ...empty });
    expect(linkFigures(state(ifs, r, { okAt: NOW - STALE - 1 }), NOW, STALE)).toMatchObject({ ifIndex: 4, ...empty });
    expect(linkFigures(null, NOW, STALE)).toMatchObject({ ifIndex: null, ...empty });
  });

  it('has no utilisation without a capacity or before the second poll', () => {
    expect(linkFigures(state([iface(1, 'eth0', { speedBps: null, inBps: 5e6 })]), NOW, STALE)).toMatchObject({ capacityBps: null, utilisationPercent: null });
    expect(linkFigures(state([iface(1, 'eth0')]), NOW, STALE)).toMatchObject({ capacityBps: 1e9, trafficInBps: null, utilisationPercent: null });
  });
});

describe('link status', () => {
  it('is down when either end is down or unreachable, else the device status', () => {
    expect(linkStatus('up', 'down')).toBe('down');
    expect(linkStatus('unreachable', 'up')).toBe('down');
    expect(linkStatus('down', 'up')).toBe('down');
    expect(linkStatus('degraded', 'up')).toBe('degraded');
    expect(linkStatus('up', 'degraded')).toBe('up');
    expect(linkStatus('up', undefined)).toBe('up');
    expect(linkStatus(undefined, 'up')).toBe('unknown');
    expect(linkStatus('unknown', 'up')).toBe('unknown');
  });
});
