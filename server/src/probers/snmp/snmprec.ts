import { readFileSync } from 'node:fs';
import type { SnmpValue, VarbindMap } from './varbinds.js';

/**
 * Reads an snmpsim recording (`OID|type|value` per line) into the map a walk would give, so
 * parser tests read the very values the simulator serves. Types: 2 Integer32, 4 OCTET STRING,
 * 4x hex OCTET STRING, 6 OID, 64 IpAddress, 65 Counter32, 66 Gauge32, 67 TimeTicks, 70 Counter64.
 */
export function parseSnmprec(text: string): VarbindMap {
  const map: VarbindMap = new Map();
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    const first = line.indexOf('|');
    const second = line.indexOf('|', first + 1);
    if (first < 0 || second < 0) continue;
    const oid = line.slice(0, first).replace(/^\./, '');
    const type = line.slice(first + 1, second);
    const raw = line.slice(second + 1);
    map.set(oid, decode(type, raw));
  }
  return map;
}

function decode(type: string, raw: string): SnmpValue {
  switch (type.replace(/:.*$/, '')) {
    case '4':
      return Buffer.from(raw, 'utf8');
    case '4x':
      return Buffer.from(raw, 'hex');
    case '6':
    case '64':
      return raw;
    case '70':
      return BigInt(raw);
    default:
      return Number(raw);
  }
}

export function readSnmprec(path: string): VarbindMap {
  return parseSnmprec(readFileSync(path, 'utf8'));
}
