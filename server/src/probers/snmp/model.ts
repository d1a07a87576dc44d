import Type, { type Static } from 'typebox';
import { Nullable, literalUnion } from '../../http/common-schema.js';

/**
 * What the SNMP collector knows about a device, in the units the field names say. Every vendor
 * is normalised to these shapes; a value the device does not report is null.
 */
export const SnmpSystem = Type.Object({
  sysName: Nullable(Type.String()),
  sysDescr: Nullable(Type.String()),
  sysObjectId: Nullable(Type.String()),
  uptimeSeconds: Nullable(Type.Number()),
  /** "Ubiquiti", "MikroTik", or null for a generic device. */
  vendor: Nullable(Type.String()),
  /** "airMAX", "airFiber", "airFiber LTU", "airFiber 60", "RouterOS", or null. */
  platform: Nullable(Type.String()),
  model: Nullable(Type.String()),
  firmware: Nullable(Type.String()),
  serial: Nullable(Type.String()),
});
export type SnmpSystem = Static<typeof SnmpSystem>;

export const WIRELESS_MODES = ['ap', 'station', 'ptp'] as const;
export const WirelessMode = literalUnion(WIRELESS_MODES);
export type WirelessMode = Static<typeof WirelessMode>;

const N = Nullable(Type.Number());

export const WirelessRadio = Type.Object({
  ifIndex: Nullable(Type.Integer()),
  mode: WirelessMode,
  ssid: Nullable(Type.String()),
  frequencyMhz: N,
  channelWidthMhz: N,
  signalDbm: N,
  noiseDbm: N,
  snrDb: N,
  ccqPercent: N,
  txRateBps: N,
  rxRateBps: N,
  clients: N,
  distanceMeters: N,
  txPowerDbm: N,
});
export type WirelessRadio = Static<typeof WirelessRadio>;

export const WirelessClient = Type.Object({
  mac: Type.String(),
  ifIndex: Nullable(Type.Integer()),
  signalDbm: N,
  snrDb: N,
  txRateBps: N,
  rxRateBps: N,
  uptimeSeconds: N,
});
export type WirelessClient = Static<typeof WirelessClient>;

export const IF_STATUSES = ['up', 'down', 'testing', 'unknown', 'dormant', 'notPresent', 'lowerLayerDown'] as const;
export const IfStatus = literalUnion(IF_STATUSES);
export type IfStatus = Static<typeof IfStatus>;

/** One interface as shown: rates over the last poll interval, errors and discards counted in it. */
export const SnmpInterface = Type.Object({
  ifIndex: Type.Integer(),
  name: Nullable(Type.String()),
  alias: Nullable(Type.String()),
  descr: Nullable(Type.String()),
  /** IANA ifType (6 ethernetCsmacd, 71 ieee80211, …). */
  type: Nullable(Type.Integer()),
  adminStatus: Nullable(IfStatus),
  operStatus: Nullable(IfStatus),
  speedBps: N,
  /** Bits per second over the last poll interval; null on the first poll and after a counter reset. */
  inBps: N,
  outBps: N,
  /** Errors and discards counted during the last poll interval. */
  inErrors: N,
  outErrors: N,
  inDiscards: N,
  outDiscards: N,
});
export type SnmpInterface = Static<typeof SnmpInterface>;

/** One interface as read: counters are cumulative, as the device keeps them. */
export interface InterfaceReading {
  ifIndex: number;
  name: string | null;
  alias: string | null;
  descr: string | null;
  type: number | null;
  adminStatus: IfStatus | null;
  operStatus: IfStatus | null;
  speedBps: number | null;
  inOctets: bigint | null;
  outOctets: bigint | null;
  /** 64 when the octets came from ifHC*Octets, 32 from ifIn/OutOctets. */
  counterBits: 64 | 32;
  inErrors: number | null;
  outErrors: number | null;
  inDiscards: number | null;
  outDiscards: number | null;
}

/** Everything one full poll learnt. */
export interface SnmpReading {
  system: SnmpSystem;
  interfaces: InterfaceReading[];
  wireless: WirelessRadio[];
  clients: WirelessClient[];
}
