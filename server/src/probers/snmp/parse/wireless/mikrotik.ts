import type { VarbindMap } from '../../varbinds.js';
import { dbm, macFromOctets, percent, positive, rowInt, rowText, tableRows, ticksToSeconds } from '../values.js';
import { MIKROTIK_60G_ROOTS, parseMikrotik60g } from './mikrotik-60g.js';
import { client, radio, type WirelessResult } from './result.js';

/**
 * MIKROTIK-MIB mtxrWireless (1.3.6.1.4.1.14988.1.1.1), the legacy "wireless" package. Tables are
 * indexed by ObjectIndex, which RouterOS fills with the interface's ifIndex (the routeros
 * recording's AP rows 1, 2, 8, 9 are ifTable's wlan1..wlan4).
 */
const W = '1.3.6.1.4.1.14988.1.1.1';
const STAT_TABLE = `${W}.1`; // mtxrWlStatTable: interfaces in station mode
const RTAB_ENTRY = `${W}.2.1`; // mtxrWlRtabEntry: registration table, one row per peer
const AP_TABLE = `${W}.3`; // mtxrWlApTable: interfaces in AP mode

const STAT = { txRate: 2, rxRate: 3, strength: 4, ssid: 5, freq: 7, band: 8, txCcq: 9 } as const;
const RTAB = { strength: 3, txRate: 8, rxRate: 9, uptime: 11, snr: 12 } as const;
const AP = { txRate: 2, rxRate: 3, ssid: 4, clientCount: 6, freq: 7, band: 8, noiseFloor: 9, overallTxCcq: 10 } as const;

/**
 * Per-interface tables are walked whole (a row or two: fewer round trips than by column); the
 * registration table by column, because a busy AP has hundreds of rows of twenty columns.
 */
export const MIKROTIK_WIRELESS_ROOTS = [
  STAT_TABLE,
  AP_TABLE,
  ...Object.values(RTAB).map((c) => `${RTAB_ENTRY}.${c}`),
  ...MIKROTIK_60G_ROOTS,
];

/**
 * Channel width from the band string: "5805/20/ac" is 20 MHz; in "2412/20-Ce/gn" each letter
 * after the dash is one 20 MHz sub-channel (Control, extension), so 40 MHz; "-Ceee" is 80.
 */
export function channelWidthOf(band: string | null): number | null {
  const m = /^\d+\/(\d+)(?:-([CeX]+))?(?:\/|$)/.exec(band ?? '');
  if (!m) return null;
  return Number(m[1]) * (m[2]?.length ?? 1);
}

/** RouterOS reports 0 for a value it does not have (no client, not connected, virtual AP). */
const known = (v: number | null): number | null => (v === 0 ? null : v);

export function parseMikrotik(map: VarbindMap): WirelessResult {
  const aps = tableRows(map, `${AP_TABLE}.1`, Object.values(AP)).map(({ index, get }) =>
    radio('ap', {
      ifIndex: Number(index),
      ssid: rowText(get, AP.ssid),
      frequencyMhz: positive(rowInt(get, AP.freq)), // mtxrWlApFreq, "megahertz"
      channelWidthMhz: channelWidthOf(rowText(get, AP.band)), // mtxrWlApBand
      noiseDbm: dbm(rowInt(get, AP.noiseFloor)), // mtxrWlApNoiseFloor, dBm
      ccqPercent: percent(known(rowInt(get, AP.overallTxCcq))), // mtxrWlApOverallTxCCQ, %
      txRateBps: positive(rowInt(get, AP.txRate)), // mtxrWlApTxRate, "bits per second"
      rxRateBps: positive(rowInt(get, AP.rxRate)), // mtxrWlApRxRate, "bits per second"
      clients: rowInt(get, AP.clientCount), // mtxrWlApClientCount
    }),
  );

  const stations = tableRows(map, `${STAT_TABLE}.1`, Object.values(STAT)).map(({ index, get }) =>
    radio('station', {
      ifIndex: Number(index),
      ssid: rowText(get, STAT.ssid),
      frequencyMhz: positive(rowInt(get, STAT.freq)), // mtxrWlStatFreq, "megahertz"
      channelWidthMhz: channelWidthOf(rowText(get, STAT.band)), // mtxrWlStatBand
      signalDbm: dbm(rowInt(get, STAT.strength)), // mtxrWlStatStrength, "dBm"
      // mtxrWlStatTxCCQ, %: the station's own transmit quality, as the AP table's overall CCQ is.
      ccqPercent: percent(known(rowInt(get, STAT.txCcq))),
      txRateBps: positive(rowInt(get, STAT.txRate)), // mtxrWlStatTxRate, "bits per second"
      rxRateBps: positive(rowInt(get, STAT.rxRate)), // mtxrWlStatRxRate, "bits per second"
    }),
  );

  // mtxrWlRtabEntry INDEX { mtxrWlRtabAddr, mtxrWlRtabIface }: the MAC's six octets, then ifIndex.
  const registered = tableRows(map, RTAB_ENTRY, Object.values(RTAB)).flatMap(({ index, get }) => {
    const parts = index.split('.');
    const mac = macFromOctets(parts.slice(0, 6));
    const ifIndex = Number(parts.slice(6).join('.'));
    if (mac === null) return [];
    return [
      client(mac, {
        ifIndex: Number.isInteger(ifIndex) ? ifIndex : null,
        signalDbm: dbm(rowInt(get, RTAB.strength)), // mtxrWlRtabStrength, "dBm"
        snrDb: known(rowInt(get, RTAB.snr)), // mtxrWlRtabSignalToNoise, dB, "0 if it does not exist"
        txRateBps: positive(rowInt(get, RTAB.txRate)), // mtxrWlRtabTxRate, "bits per second"
        rxRateBps: positive(rowInt(get, RTAB.rxRate)), // mtxrWlRtabRxRate, "bits per second"
        uptimeSeconds: ticksToSeconds(rowInt(get, RTAB.uptime)), // mtxrWlRtabUptime, TimeTicks
      }),
    ];
  });

  const w60g = parseMikrotik60g(map);
  return { radios: [...aps, ...stations, ...w60g.radios], clients: [...registered, ...w60g.clients] };
}
