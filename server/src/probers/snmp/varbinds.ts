/**
 * What an SNMP walk returns, flattened: numeric OID (no leading dot) → value. The prober fills
 * it from the wire and the tests fill it from a recording, so parsers see the same thing.
 *
 * Values: Integer32, Gauge32, Counter32, TimeTicks and IpAddress-as-string are numbers or
 * strings as below; Counter64 is a bigint; OCTET STRING stays a Buffer (it may be a MAC, a
 * name, or binary), OBJECT IDENTIFIER is a dotted string.
 */
export type SnmpValue = number | bigint | string | Buffer;
export type VarbindMap = Map<string, SnmpValue>;

export function num(map: VarbindMap, oid: string): number | null {
  return toNumber(map.get(oid));
}

export function toNumber(v: SnmpValue | undefined): number | null {
  if (v === undefined) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (Buffer.isBuffer(v)) {
    const n = Number(v.toString('latin1').trim());
    return v.length > 0 && Number.isFinite(n) ? n : null;
  }
  const n = Number(v);
  return v !== '' && Number.isFinite(n) ? n : null;
}

/** Text of an OCTET STRING (trailing NULs and spaces trimmed); null when absent or empty. */
export function str(map: VarbindMap, oid: string): string | null {
  return toText(map.get(oid));
}

export function toText(v: SnmpValue | undefined): string | null {
  if (v === undefined) return null;
  const s = (Buffer.isBuffer(v) ? v.toString('utf8') : String(v)).replace(/[\0\s]+$/, '');
  return s === '' ? null : s;
}

export function bigint(map: VarbindMap, oid: string): bigint | null {
  const v = map.get(oid);
  if (v === undefined || Buffer.isBuffer(v)) return null;
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number') return Number.isInteger(v) ? BigInt(v) : null;
  return /^\d+$/.test(v) ? BigInt(v) : null;
}

/** A MAC address from a 6-byte OCTET STRING, as aa:bb:cc:dd:ee:ff. */
export function toMac(v: SnmpValue | undefined): string | null {
  if (!Buffer.isBuffer(v) || v.length !== 6) return null;
  return [...v].map((b) => b.toString(16).padStart(2, '0')).join(':');
}

/**
 * The rows of one table column: index suffix (the part of the OID after `column.`) → value.
 * `column` is the column's OID, e.g. 1.3.6.1.2.1.2.2.1.2 for ifDescr.
 */
export function column(map: VarbindMap, columnOid: string): Map<string, SnmpValue> {
  const prefix = `${columnOid}.`;
  const out = new Map<string, SnmpValue>();
  for (const [oid, v] of map) if (oid.startsWith(prefix)) out.set(oid.slice(prefix.length), v);
  return out;
}

/** The set of row indexes found under any of the given columns. */
export function rowIndexes(map: VarbindMap, columnOids: string[]): string[] {
  const set = new Set<string>();
  for (const c of columnOids) for (const k of column(map, c).keys()) set.add(k);
  return [...set].sort(compareOids);
}

export function compareOids(a: string, b: string): number {
  const x = a.split('.');
  const y = b.split('.');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = Number(x[i]) - Number(y[i]);
    if (d !== 0) return d;
  }
  return x.length - y.length;
}
