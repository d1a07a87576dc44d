import { describe, expect, it } from 'vitest';
import { parseSnmprec } from '../../snmprec.js';
import { channelWidthOf, parseMikrotik } from './mikrotik.js';

const rec = (...lines: string[]) => parseSnmprec(lines.join('\n'));
const W = '1.3.6.1.4.1.14988.1.1.1';

describe('MikroTik wireless parser', () => {
  it('reads the channel width from the band string', () => {
    expect(channelWidthOf('5805/20/ac')).toBe(20);
    expect(channelWidthOf('2412/20-Ce/gn')).toBe(40);
    expect(channelWidthOf('5180/20-Ceee/ac')).toBe(80);
    expect(channelWidthOf('5500/10/an')).toBe(10);
    expect(channelWidthOf('')).toBeNull();
    expect(channelWidthOf(null)).toBeNull();
  });

  it('reads a full registration row: MAC and ifIndex from the index, units from the MIB', () => {
    const row = '0.12.66.170.187.204.7'; // 00:0c:42:aa:bb:cc on ifIndex 7
    const { clients } = parseMikrotik(
      rec(
        `${W}.2.1.3.${row}|2|-64`,
        `${W}.2.1.8.${row}|66|173300000`,
        `${W}.2.1.9.${row}|66|144400000`,
        `${W}.2.1.11.${row}|67|4512300`,
        `${W}.2.1.12.${row}|2|31`,
      ),
    );
    expect(clients).toEqual([
      {
        mac: '00:0c:42:aa:bb:cc',
        ifIndex: 7,
        signalDbm: -64, // mtxrWlRtabStrength, dBm
        snrDb: 31, // mtxrWlRtabSignalToNoise, dB
        txRateBps: 173_300_000, // bits per second
        rxRateBps: 144_400_000,
        uptimeSeconds: 45123, // TimeTicks / 100
      },
    ]);
  });

  it('treats RouterOS zeros as missing values', () => {
    const row = '0.12.66.170.187.204.7';
    const { clients, radios } = parseMikrotik(
      rec(`${W}.2.1.3.${row}|2|-64`, `${W}.2.1.12.${row}|2|0`, `${W}.1.1.2.5|66|0`, `${W}.1.1.4.5|2|0`, `${W}.1.1.9.5|65|0`),
    );
    expect(clients[0]?.snrDb).toBeNull(); // "if value does not exist it is indicated with 0"
    expect(radios[0]).toMatchObject({ mode: 'station', ifIndex: 5, txRateBps: null, signalDbm: null, ccqPercent: null });
  });

  it('60 GHz: maps the modes, skips sniff, reads the peer MAC from its value', () => {
    const { radios, clients } = parseMikrotik(
      rec(
        `${W}.8.1.2.1|2|0`, // apBridge
        `${W}.8.1.6.1|2|60480`,
        `${W}.8.1.2.2|2|2`, // sniff: no link, no radio
        `${W}.9.1.2.5|2|1`,
        `${W}.9.1.3.5|4x|04D6AAA80F89`,
        `${W}.9.1.8.5|66|1155`,
        `${W}.9.1.9.5|2|-60`,
        `${W}.9.1.10.5|2|4210`,
        `${W}.9.1.2.6|2|0`, // not connected: not a client
        `${W}.9.1.3.6|4x|04D6AAA80F90`,
      ),
    );
    expect(radios).toEqual([expect.objectContaining({ ifIndex: 1, mode: 'ap', frequencyMhz: 60480 })]);
    // Two 60 GHz interfaces: the station table cannot be attributed, so no count.
    expect(radios[0]?.clients).toBeNull();
    expect(clients).toEqual([
      { mac: '04:d6:aa:a8:0f:89', ifIndex: 5, signalDbm: -60, snrDb: null, txRateBps: 1155e6, rxRateBps: null, uptimeSeconds: null },
    ]);
  });

  it('60 GHz: an AP alone on the device counts its connected peers', () => {
    const { radios } = parseMikrotik(
      rec(`${W}.8.1.2.1|2|0`, `${W}.9.1.2.5|2|1`, `${W}.9.1.3.5|4x|04D6AAA80F89`, `${W}.9.1.2.6|2|1`, `${W}.9.1.3.6|4x|04D6AAA80F90`),
    );
    expect(radios[0]?.clients).toBe(2);
  });
});
