import { column, compareOids, toMac, toNumber, toText, type SnmpValue, type VarbindMap } from '../varbinds.js';

/**
 * Small value readers shared by the parsers. They live here rather than in varbinds.ts because
 * they encode what the vendors' agents actually send (redactions, 0 for "no value", scalars
 * under .1), not what SNMP itself defines.
 */

/** Text, or null when absent, empty or redacted: recordings replace private values with `<private>`. */
export function textOf(v: SnmpValue | undefined): string | null {
  const s = toText(v);
  return s === null || s.trim() === '<private>' ? null : s.trim();
}

export const text = (map: VarbindMap, oid: string): string | null => textOf(map.get(oid));

/** A numeric object; null when absent or not a number. */
export const int = (map: VarbindMap, oid: string): number | null => toNumber(map.get(oid));

/**
 * A scalar's value. SNMP says scalars live at `<object>.0`, but Ubiquiti's AF60 agent answers at
 * `<object>.1` (see the AF60 recording), so both instances are accepted.
 */
export function scalarValue(map: VarbindMap, objectOid: string): SnmpValue | undefined {
  return map.get(`${objectOid}.0`) ?? map.get(`${objectOid}.1`);
}

export const scalarInt = (map: VarbindMap, objectOid: string): number | null => toNumber(scalarValue(map, objectOid));
export const scalarText = (map: VarbindMap, objectOid: string): string | null => textOf(scalarValue(map, objectOid));

/** One row of a table, as column number → value, read from the table's entry OID. */
export type Row = (col: number) => SnmpValue | undefined;

/** Rows of a table (entry OID, e.g. `…41112.1.4.5.1`) found under any of the given columns, in index order. */
export function tableRows(map: VarbindMap, entryOid: string, columns: readonly number[]): Array<{ index: string; get: Row }> {
  const cols = new Map(columns.map((c) => [c, column(map, `${entryOid}.${c}`)]));
  const indexes = new Set<string>();
  for (const values of cols.values()) for (const index of values.keys()) indexes.add(index);
  return [...indexes].sort(compareOids).map((index) => ({ index, get: (col: number) => cols.get(col)?.get(index) }));
}

export const rowInt = (get: Row, col: number): number | null => toNumber(get(col));
export const rowText = (get: Row, col: number): string | null => textOf(get(col));

/** True when the map holds any object under one of the roots (a walked subtree is not empty). */
export function hasAny(map: VarbindMap, roots: readonly string[]): boolean {
  const prefixes = roots.map((r) => `${r}.`);
  for (const oid of map.keys()) if (prefixes.some((p) => oid.startsWith(p))) return true;
  return false;
}

/** Zero means "not measured" for received power and noise: no real link receives 1 mW. */
export const dbm = (v: number | null): number | null => (v === null || v === 0 ? null : v);

/** A value that is only meaningful when positive (frequency, rate, count of 0 from "no data"). */
export const positive = (v: number | null): number | null => (v === null || v <= 0 ? null : v);

/** A percentage; anything outside 0–100 is an agent bug, not a quality. */
export const percent = (v: number | null): number | null => (v === null || v < 0 || v > 100 ? null : v);

/** TimeTicks are hundredths of a second (SNMPv2-SMI). */
export const ticksToSeconds = (v: number | null): number | null => (v === null ? null : Math.floor(v / 100));

export const times = (v: number | null, factor: number): number | null => (v === null ? null : v * factor);

/** SNR from signal and noise, when the device reports both but not the ratio itself. */
export const snr = (signal: number | null, noise: number | null): number | null =>
  signal === null || noise === null ? null : signal - noise;

/** The stronger of two receive chains: what the radio can actually decode from. */
export function strongest(...chains: Array<number | null>): number | null {
  const valid = chains.filter((c): c is number => c !== null);
  return valid.length === 0 ? null : Math.max(...valid);
}

/** A MAC from six decimal OID sub-identifiers (tables indexed by MacAddress). */
export function macFromOctets(parts: readonly string[]): string | null {
  if (parts.length !== 6) return null;
  const bytes = parts.map(Number);
  if (bytes.some((b) => !Number.isInteger(b) || b < 0 || b > 255)) return null;
  return bytes.map((b) => b.toString(16).padStart(2, '0')).join(':');
}

/** A MAC from a value: six raw bytes, or the text form some agents send ("78:8a:20:43:a9:b9"). */
export function macFromValue(v: SnmpValue | undefined): string | null {
  const raw = toMac(v);
  if (raw !== null) return raw;
  const s = textOf(v);
  if (s === null || !/^[0-9a-f]{2}([:-][0-9a-f]{2}){5}$/i.test(s)) return null;
  return s.toLowerCase().replace(/-/g, ':');
}

/**
 * The release number inside a vendor version string: "XC.qca955x.v8.5.1.37185.180307.0931" →
 * "8.5.1", ".v1.1.1-BETA2.00015.180314.0503" → "1.1.1-BETA2", "v4.0.3" → "4.0.3". The build
 * stamp after it changes with every nightly and is not what operators compare.
 */
export function releaseOf(raw: string | null): string | null {
  if (raw === null) return null;
  const m = /(?:^|\.)v?(\d+\.\d+(?:\.\d+)?(?:-[A-Za-z]+\d*)?)/.exec(raw);
  return m?.[1] ?? raw;
}
