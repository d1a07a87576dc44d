import { IF_STATUSES, type IfStatus, type InterfaceReading } from '../model.js';
import { bigint, type VarbindMap } from '../varbinds.js';
import { rowInt, rowText, tableRows } from './values.js';

const IF_ENTRY = '1.3.6.1.2.1.2.2.1'; // IF-MIB ifEntry
const IFX_ENTRY = '1.3.6.1.2.1.31.1.1.1'; // IF-MIB ifXEntry

const IF = {
  descr: 2,
  type: 3,
  speed: 5, // Gauge32, bit/s
  adminStatus: 7,
  operStatus: 8,
  inOctets: 10, // Counter32
  inDiscards: 13,
  inErrors: 14,
  outOctets: 16, // Counter32
  outDiscards: 19,
  outErrors: 20,
} as const;

const IFX = {
  name: 1,
  hcInOctets: 6, // Counter64
  hcOutOctets: 10, // Counter64
  highSpeed: 15, // Gauge32, Mbit/s
  alias: 18,
} as const;

/** The IF-MIB columns this parser reads: the prober walks these, not the whole tables. */
export const INTERFACE_COLUMNS: string[] = [
  ...Object.values(IF).map((c) => `${IF_ENTRY}.${c}`),
  ...Object.values(IFX).map((c) => `${IFX_ENTRY}.${c}`),
];

/** ifAdminStatus / ifOperStatus: up(1) … lowerLayerDown(7). */
function status(v: number | null): IfStatus | null {
  return v !== null && v >= 1 && v <= IF_STATUSES.length ? (IF_STATUSES[v - 1] ?? null) : null;
}

/**
 * ifHighSpeed (Mbit/s) when it says something, since ifSpeed saturates at 4.29 Gbit/s. An
 * ifSpeed of 0 is "no concept of bandwidth" (RFC 2863: bridges, loopbacks, tunnels) and is
 * returned as unknown rather than as a zero that would divide a utilisation.
 */
function speedBps(ifSpeed: number | null, highSpeed: number | null): number | null {
  if (highSpeed !== null && highSpeed > 0) return highSpeed * 1_000_000;
  return ifSpeed !== null && ifSpeed > 0 ? ifSpeed : null;
}

/** IF-MIB ifTable + ifXTable, one reading per ifIndex in either table, sorted by ifIndex. */
export function parseInterfaces(map: VarbindMap): InterfaceReading[] {
  // Many agents (RouterOS, the LTU) omit ifIndex and the 32-bit octets, so rows are found
  // under every column read, not under ifIndex alone.
  const ifRows = new Map(tableRows(map, IF_ENTRY, Object.values(IF)).map((r) => [r.index, r.get]));
  const ifxRows = new Map(tableRows(map, IFX_ENTRY, Object.values(IFX)).map((r) => [r.index, r.get]));
  const indexes = [...new Set([...ifRows.keys(), ...ifxRows.keys()])]
    .map(Number)
    .filter(Number.isInteger)
    .sort((a, b) => a - b);
  const none = () => undefined;

  return indexes.map((ifIndex) => {
    const r = ifRows.get(String(ifIndex)) ?? none;
    const x = ifxRows.get(String(ifIndex)) ?? none;
    const hcIn = bigint(map, `${IFX_ENTRY}.${IFX.hcInOctets}.${ifIndex}`);
    const hcOut = bigint(map, `${IFX_ENTRY}.${IFX.hcOutOctets}.${ifIndex}`);
    // One width per row: mixing a 64-bit in with a 32-bit out would make wrap handling lie.
    const wide = hcIn !== null || hcOut !== null;
    const descr = rowText(r, IF.descr);
    return {
      ifIndex,
      name: rowText(x, IFX.name) ?? descr,
      alias: rowText(x, IFX.alias),
      descr,
      type: rowInt(r, IF.type),
      adminStatus: status(rowInt(r, IF.adminStatus)),
      operStatus: status(rowInt(r, IF.operStatus)),
      speedBps: speedBps(rowInt(r, IF.speed), rowInt(x, IFX.highSpeed)),
      inOctets: wide ? hcIn : bigint(map, `${IF_ENTRY}.${IF.inOctets}.${ifIndex}`),
      outOctets: wide ? hcOut : bigint(map, `${IF_ENTRY}.${IF.outOctets}.${ifIndex}`),
      counterBits: wide ? 64 : 32,
      inErrors: rowInt(r, IF.inErrors),
      outErrors: rowInt(r, IF.outErrors),
      inDiscards: rowInt(r, IF.inDiscards),
      outDiscards: rowInt(r, IF.outDiscards),
    };
  });
}
