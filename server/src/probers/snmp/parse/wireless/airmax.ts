import type { WirelessMode } from '../../model.js';
import { column, type VarbindMap } from '../../varbinds.js';
import { dbm, hasAny, macFromOctets, percent, positive, rowInt, rowText, snr, tableRows, textOf, ticksToSeconds } from '../values.js';
import { client, noWireless, radio, type WirelessHints, type WirelessResult } from './result.js';

/** UBNT-AirMAX-MIB (ubntAirMAX = 1.3.6.1.4.1.41112.1.4), airOS 6/8 radios. */
const AIRMAX = '1.3.6.1.4.1.41112.1.4';
const RADIO_TABLE = `${AIRMAX}.1`; // ubntRadioTable, one row per radio
const WLSTAT_TABLE = `${AIRMAX}.5`; // ubntWlStatTable, one row per radio
const STA_ENTRY = `${AIRMAX}.7.1`; // ubntStaEntry, one row per associated station

const RADIO = { mode: 2, freq: 4, txPower: 6, distance: 7 } as const;
const WLSTAT = { ssid: 2, signal: 5, ccq: 7, noise: 8, txRate: 9, rxRate: 10, chanWidth: 14, staCount: 15 } as const;
const STA = { signal: 3, noise: 4, txRate: 11, rxRate: 12, connTime: 15 } as const;

/** IEEE802dot11-MIB dot11ManufacturerProductName / ProductVersion: model and firmware of airOS. */
export const DOT11_PRODUCT_NAME = '1.2.840.10036.3.1.2.1.3';
export const DOT11_PRODUCT_VERSION = '1.2.840.10036.3.1.2.1.4';

/**
 * What the prober walks for this parser. The per-radio tables are walked whole (one row: fewer
 * round trips than column by column); the station table by column, since its rows multiply.
 */
export const AIRMAX_ROOTS = [RADIO_TABLE, WLSTAT_TABLE, ...Object.values(STA).map((c) => `${STA_ENTRY}.${c}`)];

/** ubntRadioMode: sta(1), ap(2), aprepeater(3), apwds(4). */
function modeOf(radioMode: number | null, staCount: number | null, hint: WirelessHints['mode']): WirelessMode {
  if (radioMode === 1) return 'station';
  if (radioMode !== null && radioMode >= 2 && radioMode <= 4) return 'ap';
  // No mode object (the airos recording): what the operator configured the device as, else a
  // guess — a station associates with one AP, so only an AP can count more than one peer.
  if (hint) return hint;
  return (staCount ?? 0) > 1 ? 'ap' : 'station';
}

export function parseAirmax(map: VarbindMap, hints: WirelessHints = {}): WirelessResult {
  if (!hasAny(map, AIRMAX_ROOTS)) return noWireless();
  const radioRows = new Map(tableRows(map, `${RADIO_TABLE}.1`, Object.values(RADIO)).map((r) => [r.index, r.get]));
  const statRows = new Map(tableRows(map, `${WLSTAT_TABLE}.1`, Object.values(WLSTAT)).map((r) => [r.index, r.get]));
  const indexes = [...new Set([...radioRows.keys(), ...statRows.keys()])].sort((a, b) => Number(a) - Number(b));
  const ifIndexOf = radioIfIndexes(map, indexes);
  const none = () => undefined;

  const radios = indexes.map((index) => {
    const r = radioRows.get(index) ?? none;
    const s = statRows.get(index) ?? none;
    const signal = dbm(rowInt(s, WLSTAT.signal)); // ubntWlStatSignal, "Signal strength, dBm"
    const noise = dbm(rowInt(s, WLSTAT.noise)); // ubntWlStatNoiseFloor, dBm
    const staCount = rowInt(s, WLSTAT.staCount); // ubntWlStatStaCount, Gauge32
    const mode = modeOf(rowInt(r, RADIO.mode), staCount, hints.mode);
    return radio(mode, {
      ifIndex: ifIndexOf.get(index) ?? null,
      ssid: rowText(s, WLSTAT.ssid),
      frequencyMhz: positive(rowInt(r, RADIO.freq)), // ubntRadioFreq, MHz (5745 in the recording)
      channelWidthMhz: positive(rowInt(s, WLSTAT.chanWidth)), // ubntWlStatChanWidth, MHz
      signalDbm: signal,
      noiseDbm: noise,
      snrDb: snr(signal, noise),
      ccqPercent: percent(rowInt(s, WLSTAT.ccq)), // ubntWlStatCcq, "CCQ in %"
      txRateBps: rowInt(s, WLSTAT.txRate), // ubntWlStatTxRate, bps (59999000 = 60 Mbps)
      rxRateBps: rowInt(s, WLSTAT.rxRate), // ubntWlStatRxRate, bps
      // The device's own count whatever the mode: a guessed mode must not hide an AP's one client.
      clients: staCount,
      distanceMeters: rowInt(r, RADIO.distance), // ubntRadioDistance, metres (14400 = 14.4 km)
      txPowerDbm: rowInt(r, RADIO.txPower), // ubntRadioTxPower, dBm
    });
  });

  // ubntStaEntry INDEX { ubntWlStatIndex, ubntStaMac }: radio number, then the MAC's six octets.
  const clients = tableRows(map, STA_ENTRY, Object.values(STA)).flatMap(({ index, get }) => {
    const parts = index.split('.');
    const mac = macFromOctets(parts.slice(-6));
    if (mac === null) return [];
    const signal = dbm(rowInt(get, STA.signal)); // ubntStaSignal, dBm
    return [
      client(mac, {
        ifIndex: ifIndexOf.get(parts.slice(0, -6).join('.')) ?? null,
        signalDbm: signal,
        snrDb: snr(signal, dbm(rowInt(get, STA.noise))), // ubntStaNoiseFloor, dBm
        txRateBps: rowInt(get, STA.txRate), // ubntStaTxRate, bps like ubntWlStatTxRate
        rxRateBps: rowInt(get, STA.rxRate),
        uptimeSeconds: ticksToSeconds(rowInt(get, STA.connTime)), // ubntStaConnTime, TimeTicks
      }),
    ];
  });
  return { radios, clients };
}

/**
 * The UBNT tables number radios 1..n; IEEE802dot11-MIB rows are indexed by ifIndex. With one
 * radio and one dot11 row (every airMAX board), that row's index is the radio's ifIndex.
 */
function radioIfIndexes(map: VarbindMap, radioIndexes: string[]): Map<string, number> {
  const dot11 = [...column(map, DOT11_PRODUCT_NAME).keys()];
  const only = radioIndexes[0];
  if (radioIndexes.length !== 1 || dot11.length !== 1 || only === undefined) return new Map();
  const ifIndex = Number(dot11[0]);
  return Number.isInteger(ifIndex) ? new Map([[only, ifIndex]]) : new Map();
}

/** The first non-empty value of a dot11 column (one row per wireless ifIndex). */
export function dot11Text(map: VarbindMap, columnOid: string): string | null {
  for (const v of column(map, columnOid).values()) {
    const s = textOf(v);
    if (s !== null) return s;
  }
  return null;
}
