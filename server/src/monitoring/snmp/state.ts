import type { InterfaceReading, SnmpInterface, SnmpSystem, WirelessClient, WirelessRadio } from '../../probers/snmp/model.js';
import type { ProbeResult } from '../../probers/types.js';
import type { SnmpData } from '../../probers/snmp/snmp-prober.js';
import type { InterfaceSamplesTable, WirelessSamplesTable } from '../../db/types.js';
import { countDelta, octetRate, rebooted } from './counters.js';

/** One interface as shown, plus its raw counters for the next poll's deltas. */
export interface InterfaceState extends SnmpInterface {
  /** The raw counters, kept for the next poll's deltas (octets as decimal strings: 64 bits). */
  counters: { bits: 32 | 64; inOctets: string | null; outOctets: string | null; inErrors: number | null; outErrors: number | null; inDiscards: number | null; outDiscards: number | null };
}

export interface SnmpDeviceState {
  deviceId: number;
  polledAt: number;
  okAt: number | null;
  error: string | null;
  errorSince: number | null;
  system: SnmpSystem | null;
  interfaces: InterfaceState[];
  wireless: WirelessRadio[];
  clients: WirelessClient[];
  /** The worst radio (or, on an AP that reports none of its own, the worst client). */
  signalDbm: number | null;
  ccqPercent: number | null;
}

export const SNMP_EVENT_KINDS = ['reboot', 'interface.down', 'interface.up', 'snmp.error', 'snmp.recovered'] as const;
export type SnmpEventKind = (typeof SNMP_EVENT_KINDS)[number];

export interface SnmpEvent {
  deviceId: number;
  at: number;
  kind: SnmpEventKind;
  ifIndex: number | null;
  detail: string | null;
}

export interface PollOutcome {
  state: SnmpDeviceState;
  interfaceRows: InterfaceSamplesTable[];
  wirelessRows: WirelessSamplesTable[];
  events: SnmpEvent[];
}

/**
 * The keys the radios' history is stored under: each radio's ifIndex, or a negative key derived
 * from its mode when it has none or an earlier radio of the device already has it (a 60 GHz
 * table and the wireless table may both use ifIndex 1).
 */
export function radioKeys(radios: WirelessRadio[]): number[] {
  const identity = (r: WirelessRadio) => `${r.mode}:${r.ifIndex ?? 'none'}:${r.ssid ?? ''}`;
  // Among radios sharing an ifIndex, the first by identity (not by position) keeps it, so the
  // keys do not move when the device lists its radios in another order.
  const owner = new Map<number, string>();
  for (const r of radios) {
    if (r.ifIndex === null || r.ifIndex <= 0 || r.ifIndex > MAX_INT) continue;
    const current = owner.get(r.ifIndex);
    if (current === undefined || identity(r) < current) owner.set(r.ifIndex, identity(r));
  }
  const used = new Set<number>();
  const seen = new Map<string, number>();
  return radios.map((r) => {
    let key: number;
    if (r.ifIndex !== null && owner.get(r.ifIndex) === identity(r) && !used.has(r.ifIndex)) key = r.ifIndex;
    else {
      const n = seen.get(identity(r)) ?? 0;
      seen.set(identity(r), n + 1);
      key = -(1 + (fnv1a(`${identity(r)}:${n}`) % 1_000_000_000));
      while (used.has(key)) key--;
    }
    used.add(key);
    return key;
  });
}

const MAX_INT = 2 ** 31 - 1;
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

const big = (v: bigint | null) => (v === null ? null : v.toString());
const minOf = (values: (number | null)[]) => {
  const xs = values.filter((v): v is number => v !== null);
  return xs.length > 0 ? Math.min(...xs) : null;
};

/**
 * Folds one poll into a device's SNMP state: rates from counter deltas over the real time
 * between the two answering polls, reboot and link events, and the history rows to store.
 * Pure: the monitor does the storing.
 */
export function applyPoll(deviceId: number, prev: SnmpDeviceState | null, result: ProbeResult<SnmpData>): PollOutcome {
  const at = result.data.polledAt;
  const reading = result.data.reading;
  const events: SnmpEvent[] = [];
  if (!result.ok || !reading) {
    const error = result.reason ?? 'no answer';
    if (!prev?.error) events.push({ deviceId, at, kind: 'snmp.error', ifIndex: null, detail: error });
    const state: SnmpDeviceState = {
      ...(prev ?? { deviceId, okAt: null, system: null, interfaces: [], wireless: [], clients: [], signalDbm: null, ccqPercent: null }),
      polledAt: at,
      error,
      errorSince: prev?.error ? prev.errorSince : at,
    };
    return { state, interfaceRows: [], wirelessRows: [], events };
  }
  if (prev?.error) events.push({ deviceId, at, kind: 'snmp.recovered', ifIndex: null, detail: prev.error });

  const elapsed = prev?.okAt ? (at - prev.okAt) / 1000 : 0;
  const restarted = prev?.okAt ? rebooted(prev.system?.uptimeSeconds ?? null, reading.system.uptimeSeconds, elapsed) : false;
  if (restarted) events.push({ deviceId, at, kind: 'reboot', ifIndex: null, detail: reading.system.uptimeSeconds === null ? null : `uptime ${Math.round(reading.system.uptimeSeconds)} s` });
  const before = new Map((prev?.okAt ? prev.interfaces : []).map((i) => [i.ifIndex, i]));
  const t = Math.round(at / 1000);

  const interfaceRows: InterfaceSamplesTable[] = [];
  const interfaces = reading.interfaces.map((i) => {
    const p = restarted ? undefined : before.get(i.ifIndex);
    const state = interfaceState(i, p, elapsed, reading.system.uptimeSeconds !== null);
    const old = before.get(i.ifIndex);
    // A status the walk did not bring back (null) is no news about the link.
    if (old && i.operStatus !== null && old.operStatus !== i.operStatus && (i.operStatus === 'up' || old.operStatus === 'up')) {
      events.push({ deviceId, at, kind: i.operStatus === 'up' ? 'interface.up' : 'interface.down', ifIndex: i.ifIndex, detail: `${i.name ?? i.descr ?? `ifIndex ${i.ifIndex}`}: ${old.operStatus ?? '?'} → ${i.operStatus ?? '?'}` });
    }
    if (p && (state.inBps !== null || state.outBps !== null)) {
      interfaceRows.push({
        device_id: deviceId,
        if_index: i.ifIndex,
        t,
        in_bps: state.inBps,
        out_bps: state.outBps,
        in_errors: state.inErrors,
        out_errors: state.outErrors,
        in_discards: state.inDiscards,
        out_discards: state.outDiscards,
      });
    }
    return state;
  });

  const keys = radioKeys(reading.wireless);
  const wirelessRows = reading.wireless.map((r, i) => ({
    device_id: deviceId,
    radio: keys[i]!,
    t,
    signal_dbm: r.signalDbm,
    noise_dbm: r.noiseDbm,
    snr_db: r.snrDb,
    ccq_percent: r.ccqPercent,
    tx_rate_bps: r.txRateBps,
    rx_rate_bps: r.rxRateBps,
    clients: r.clients,
  }));

  const state: SnmpDeviceState = {
    deviceId,
    polledAt: at,
    okAt: at,
    error: null,
    errorSince: null,
    system: reading.system,
    interfaces,
    wireless: reading.wireless,
    clients: reading.clients,
    signalDbm: minOf(reading.wireless.map((r) => r.signalDbm)) ?? minOf(reading.clients.map((c) => c.signalDbm)),
    ccqPercent: minOf(reading.wireless.map((r) => r.ccqPercent)),
  };
  return { state, interfaceRows, wirelessRows, events };
}

function interfaceState(i: InterfaceReading, p: InterfaceState | undefined, elapsed: number, uptimeKnown: boolean): InterfaceState {
  const c = p?.counters;
  const prevBig = (v: string | null | undefined) => (v === null || v === undefined ? null : BigInt(v));
  const rate = (prev: string | null | undefined, cur: bigint | null) =>
    c ? octetRate({ prev: prevBig(prev), cur, prevBits: c.bits, bits: i.counterBits, elapsedSeconds: elapsed, speedBps: i.speedBps, uptimeKnown }) : null;
  const count = (prev: number | null | undefined, cur: number | null) => (c ? countDelta(prev ?? null, cur, elapsed) : null);
  return {
    ifIndex: i.ifIndex,
    name: i.name,
    alias: i.alias,
    descr: i.descr,
    type: i.type,
    adminStatus: i.adminStatus,
    operStatus: i.operStatus,
    speedBps: i.speedBps,
    inBps: rate(c?.inOctets, i.inOctets),
    outBps: rate(c?.outOctets, i.outOctets),
    inErrors: count(c?.inErrors, i.inErrors),
    outErrors: count(c?.outErrors, i.outErrors),
    inDiscards: count(c?.inDiscards, i.inDiscards),
    outDiscards: count(c?.outDiscards, i.outDiscards),
    counters: {
      bits: i.counterBits,
      inOctets: big(i.inOctets),
      outOctets: big(i.outOctets),
      inErrors: i.inErrors,
      outErrors: i.outErrors,
      inDiscards: i.inDiscards,
      outDiscards: i.outDiscards,
    },
  };
}
