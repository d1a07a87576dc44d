import type { VarbindMap } from '../../varbinds.js';
import { dbm, hasAny, positive, rowInt, rowText, strongest, tableRows } from '../values.js';
import { noWireless, radio, type WirelessResult } from './result.js';

/** UBNT-AirFIBER-MIB (ubntAirFIBER = 1.3.6.1.4.1.41112.1.3): AF5/AF11/AF24 point-to-point links. */
const AF = '1.3.6.1.4.1.41112.1.3';

export const AIRFIBER = {
  config: `${AF}.1.1`, // airFiberConfigEntry
  status: `${AF}.2.1`, // airFiberStatusEntry
  upTime: 38, // status column: "Board uptime (seconds)"
  fwVersion: 40, // status column: "Board Firmware Revision"
} as const;

const CONFIG = { txFrequency: 5, txPower: 9, linkName: 14, txChannelWidth: 28 } as const;
const STATUS = {
  radioLinkDistM: 4,
  rxCapacity: 5,
  txCapacity: 6,
  rxPower0: 11,
  rxPower0Valid: 12,
  rxPower1: 14,
  rxPower1Valid: 15,
} as const;

/**
 * Both tables have one row per radio and are walked whole (fewer round trips than by column);
 * the statistics table (.3, Ethernet counters that IF-MIB already has) is not walked.
 */
export const AIRFIBER_ROOTS = [`${AF}.1`, `${AF}.2`];

/**
 * The MIB says txFrequency is in MHz, but the AF11 recording holds 11485000: kHz (11.485 GHz).
 * No radio runs above 1 THz, so a value past 1,000,000 can only be kHz.
 */
const mhz = (v: number | null): number | null => (v === null ? null : v > 1_000_000 ? v / 1000 : positive(v));

/** rxPowerNValid is a TruthValue, false(2) when the chain has no reading. */
const chain = (power: number | null, valid: number | null): number | null => (valid === 2 ? null : dbm(power));

export function parseAirfiber(map: VarbindMap): WirelessResult {
  if (!hasAny(map, AIRFIBER_ROOTS)) return noWireless();
  const configRows = new Map(tableRows(map, AIRFIBER.config, Object.values(CONFIG)).map((r) => [r.index, r.get]));
  const statusRows = new Map(tableRows(map, AIRFIBER.status, Object.values(STATUS)).map((r) => [r.index, r.get]));
  const indexes = [...new Set([...configRows.keys(), ...statusRows.keys()])].sort((a, b) => Number(a) - Number(b));
  const none = () => undefined;

  const radios = indexes.map((index) => {
    const c = configRows.get(index) ?? none;
    const s = statusRows.get(index) ?? none;
    // airFiber is always a point-to-point link; radioLinkMode only says master or slave.
    return radio('ptp', {
      ssid: rowText(c, CONFIG.linkName), // linkName, "Radio Link Name"
      frequencyMhz: mhz(rowInt(c, CONFIG.txFrequency)), // txFrequency (FDD: rxFrequency differs)
      channelWidthMhz: positive(rowInt(c, CONFIG.txChannelWidth)), // txChannelWidth, MHz
      // rxPower0/1, "RX Power Level (dBm)" per chain: the stronger chain is what decodes.
      signalDbm: strongest(
        chain(rowInt(s, STATUS.rxPower0), rowInt(s, STATUS.rxPower0Valid)),
        chain(rowInt(s, STATUS.rxPower1), rowInt(s, STATUS.rxPower1Valid)),
      ),
      txRateBps: rowInt(s, STATUS.txCapacity), // txCapacity, "Throughput Capacity (bits/sec)"
      rxRateBps: rowInt(s, STATUS.rxCapacity), // rxCapacity, bits/sec
      distanceMeters: rowInt(s, STATUS.radioLinkDistM), // radioLinkDistM, metres
      // txPower, "Radio Transmit Power Setting (dBm)"; the AF11 recording's 58 can only be EIRP.
      txPowerDbm: rowInt(c, CONFIG.txPower),
    });
  });
  return { radios, clients: [] };
}
