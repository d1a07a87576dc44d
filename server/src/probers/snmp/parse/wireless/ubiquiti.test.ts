import { describe, expect, it } from 'vitest';
import { parseSnmprec } from '../../snmprec.js';
import { parseAf60 } from './af60.js';
import { parseAirfiber } from './airfiber.js';
import { parseAirmax } from './airmax.js';
import { parseLtu } from './ltu.js';
import { parseWireless } from './index.js';

const rec = (...lines: string[]) => parseSnmprec(lines.join('\n'));
const UBNT = '1.3.6.1.4.1.41112.1';
const MAC = '104.215.154.156.204.212'; // 68:d7:9a:9c:cc:d4

describe('Ubiquiti wireless parsers', () => {
  it('return nothing when their MIB is absent', () => {
    const map = rec('1.3.6.1.2.1.1.5.0|4|router');
    for (const parse of [parseAirmax, parseAirfiber, parseLtu, parseAf60, parseWireless]) {
      expect(parse(map)).toEqual({ radios: [], clients: [] });
    }
  });

  it('airMAX station: mode from ubntRadioMode, stations keyed by radio number and MAC in the index', () => {
    const r = parseAirmax(
      rec(
        '1.2.840.10036.3.1.2.1.3.5|4|NanoBeam 5AC',
        `${UBNT}.4.1.1.2.1|2|1`, // ubntRadioMode sta(1)
        `${UBNT}.4.5.1.2.1|4|tower-north`,
        `${UBNT}.4.5.1.5.1|2|-58`,
        `${UBNT}.4.5.1.8.1|2|-96`,
        `${UBNT}.4.5.1.14.1|2|40`,
        `${UBNT}.4.5.1.15.1|66|1`,
        `${UBNT}.4.7.1.3.1.${MAC}|2|-60`,
        `${UBNT}.4.7.1.4.1.${MAC}|2|-95`,
        `${UBNT}.4.7.1.11.1.${MAC}|2|300000000`,
        `${UBNT}.4.7.1.12.1.${MAC}|2|270000000`,
        `${UBNT}.4.7.1.15.1.${MAC}|67|15726200`, // 1:19:41:02.00
      ),
    );
    expect(r.radios).toEqual([
      expect.objectContaining({ ifIndex: 5, mode: 'station', ssid: 'tower-north', channelWidthMhz: 40, snrDb: 38, clients: 1 }),
    ]);
    expect(r.clients).toEqual([
      {
        mac: '68:d7:9a:9c:cc:d4',
        ifIndex: 5,
        signalDbm: -60,
        snrDb: 35,
        txRateBps: 300_000_000,
        rxRateBps: 270_000_000,
        uptimeSeconds: 157262,
      },
    ]);
  });

  it('airFiber: MHz stays MHz, kHz becomes MHz, an invalid chain is ignored', () => {
    const r = parseAirfiber(
      rec(
        `${UBNT}.3.1.1.5.1|2|24100`,
        `${UBNT}.3.2.1.11.1|2|-50`,
        `${UBNT}.3.2.1.12.1|2|1`,
        `${UBNT}.3.2.1.14.1|2|-30`,
        `${UBNT}.3.2.1.15.1|2|2`, // rxPower1Valid false(2)
      ),
    );
    expect(r.radios[0]).toMatchObject({ mode: 'ptp', frequencyMhz: 24100, signalDbm: -50 });
    expect(parseAirfiber(rec(`${UBNT}.3.1.1.5.1|2|5475000`)).radios[0]?.frequencyMhz).toBe(5475);
  });

  it('LTU: a CPE is a station; an AP with several CPEs keeps per-link figures on the clients', () => {
    const cpe = parseLtu(rec(`${UBNT}.10.1.2.1.0|2|1`, `${UBNT}.10.1.4.1.5.${MAC}|2|-61`));
    expect(cpe.radios[0]).toMatchObject({ mode: 'station', signalDbm: -61, clients: null });

    const ap = parseLtu(
      rec(
        `${UBNT}.10.1.2.1.0|2|0`,
        `${UBNT}.10.1.4.1.3.${MAC}|2|100000`,
        `${UBNT}.10.1.4.1.5.${MAC}|2|-61`,
        `${UBNT}.10.1.4.1.5.1.2.3.4.5.6|2|-70`,
      ),
    );
    expect(ap.radios[0]).toMatchObject({ mode: 'ap', clients: 2, signalDbm: null, txRateBps: null, distanceMeters: null });
    expect(ap.clients.map((c) => [c.mac, c.signalDbm, c.txRateBps])).toEqual([
      ['01:02:03:04:05:06', -70, null],
      ['68:d7:9a:9c:cc:d4', -61, 100_000_000], // Kbps × 1000
    ]);
  });

  it('AF60: the main link, not the backup, describes the radio', () => {
    const sta = `${UBNT}.11.1.3.1`;
    const r = parseAf60(
      rec(
        `${sta}.2.1.2.3.4.5.6.1|4|backup`,
        `${sta}.3.1.2.3.4.5.6.1|2|-70`,
        `${sta}.2.${MAC}.1|4|main`,
        `${sta}.3.${MAC}.1|2|-52`,
        `${sta}.17.${MAC}.1|67|8640000`,
      ),
    );
    expect(r.radios[0]).toMatchObject({ mode: 'ptp', signalDbm: -52 });
    expect(r.clients.find((c) => c.mac === '68:d7:9a:9c:cc:d4')?.uptimeSeconds).toBe(86400); // TimeTicks / 100
  });
});
