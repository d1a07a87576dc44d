import { describe, expect, it } from 'vitest';
import { parseSnmprec } from '../snmprec.js';
import { parseInterfaces } from './interfaces.js';

const rec = (...lines: string[]) => parseSnmprec(lines.join('\n'));
const IF = '1.3.6.1.2.1.2.2.1';
const IFX = '1.3.6.1.2.1.31.1.1.1';

describe('parseInterfaces', () => {
  it('reads a device with only the 32-bit ifTable (no ifXTable)', () => {
    const [eth] = parseInterfaces(
      rec(
        `${IF}.1.2|2|2`,
        `${IF}.2.2|4|eth0`,
        `${IF}.3.2|2|6`,
        `${IF}.5.2|66|100000000`,
        `${IF}.7.2|2|1`,
        `${IF}.8.2|2|7`,
        `${IF}.10.2|65|4294967000`,
        `${IF}.13.2|65|3`,
        `${IF}.14.2|65|4`,
        `${IF}.16.2|65|12`,
        `${IF}.19.2|65|5`,
        `${IF}.20.2|65|6`,
      ),
    );
    expect(eth).toEqual({
      ifIndex: 2,
      name: 'eth0', // ifDescr stands in for the missing ifName
      alias: null,
      descr: 'eth0',
      type: 6,
      adminStatus: 'up',
      operStatus: 'lowerLayerDown',
      speedBps: 100_000_000,
      inOctets: 4294967000n,
      outOctets: 12n,
      counterBits: 32,
      inErrors: 4,
      outErrors: 6,
      inDiscards: 3,
      outDiscards: 5,
    });
  });

  it('prefers ifXTable: ifName, ifAlias, 64-bit octets and ifHighSpeed', () => {
    const [a] = parseInterfaces(
      rec(
        `${IF}.2.5|4|Intel 82574L`,
        `${IF}.5.5|66|4294967295`,
        `${IF}.10.5|65|10`,
        `${IF}.16.5|65|20`,
        `${IFX}.1.5|4|sfp-sfpplus1`,
        `${IFX}.6.5|70|18446744073709551000`,
        `${IFX}.10.5|70|30`,
        `${IFX}.15.5|66|10000`,
        `${IFX}.18.5|4|uplink to POP`,
      ),
    );
    expect(a).toMatchObject({
      name: 'sfp-sfpplus1',
      descr: 'Intel 82574L',
      alias: 'uplink to POP',
      speedBps: 10_000_000_000, // ifSpeed saturates at 2^32−1; ifHighSpeed 10000 Mbit/s does not
      inOctets: 18446744073709551000n,
      outOctets: 30n,
      counterBits: 64,
    });
  });

  it('falls back to ifSpeed when ifHighSpeed is 0, and reports no speed for 0 (no bandwidth)', () => {
    const [a, b] = parseInterfaces(
      rec(`${IF}.5.1|66|10000000`, `${IFX}.15.1|66|0`, `${IF}.5.2|66|0`, `${IFX}.15.2|66|0`),
    );
    expect(a?.speedBps).toBe(10_000_000);
    expect(b?.speedBps).toBeNull();
  });

  it('finds rows without the ifIndex column and sorts them numerically', () => {
    // RouterOS and the LTU do not answer ifIndex, ifSpeed nor the 32-bit octets.
    const rows = parseInterfaces(rec(`${IF}.2.10|4|ten`, `${IF}.2.9|4|nine`, `${IFX}.1.100|4|hundred`));
    expect(rows.map((r) => [r.ifIndex, r.name])).toEqual([
      [9, 'nine'],
      [10, 'ten'],
      [100, 'hundred'],
    ]);
    expect(rows[2]).toMatchObject({ descr: null, type: null, adminStatus: null, inOctets: null, counterBits: 32 });
  });

  it('maps every ifOperStatus value and rejects others', () => {
    const lines = [1, 2, 3, 4, 5, 6, 7, 8].map((v) => `${IF}.8.${v}|2|${v}`);
    expect(parseInterfaces(rec(...lines)).map((r) => r.operStatus)).toEqual([
      'up',
      'down',
      'testing',
      'unknown',
      'dormant',
      'notPresent',
      'lowerLayerDown',
      null,
    ]);
  });

  it('keeps one counter width per row when only one 64-bit counter answers', () => {
    const [a] = parseInterfaces(rec(`${IF}.10.1|65|100`, `${IF}.16.1|65|200`, `${IFX}.6.1|70|1000`));
    expect(a).toMatchObject({ inOctets: 1000n, outOctets: null, counterBits: 64 });
  });
});
