import type { VarbindMap } from '../../varbinds.js';
import { dbm, hasAny, macFromOctets, positive, rowInt, rowText, scalarInt, scalarText, tableRows, ticksToSeconds, times } from '../values.js';
import { client, noWireless, radio, type WirelessResult } from './result.js';

/** UI-AF60-MIB (af60MIB = 1.3.6.1.4.1.41112.1.11.1): airFiber 60 / 60 LR / 60 XG. */
const MIB = '1.3.6.1.4.1.41112.1.11.1';
const CONFIG = `${MIB}.1`; // af60Config scalars (the agent answers them at .1, not .0)
const STATUS = `${MIB}.2`; // af60Status scalars
const STATION_ENTRY = `${MIB}.3.1`; // af60StationEntry, INDEX { af60StaMac }

export const AF60 = {
  frequency: `${CONFIG}.2`, // af60Frequency, UNITS "MHz"
  bandwidth: `${CONFIG}.3`, // af60Bandwidth, UNITS "MHz"
  ssid: `${CONFIG}.4`, // af60Ssid
  devModel: `${STATUS}.2`, // af60DevModel
  firmwareVersion: `${STATUS}.4`, // af60FirmwareVersion
  uptime: `${STATUS}.7`, // af60Uptime, TimeTicks
} as const;

const STA = { activeLink: 2, rssi: 3, snr: 4, txCapacity: 7, rxCapacity: 8, distance: 15, connTime: 17 } as const;

/** The scalar groups are small and walked whole; the station table by column. */
export const AF60_ROOTS = [CONFIG, STATUS, ...Object.values(STA).map((c) => `${STATION_ENTRY}.${c}`)];

export function parseAf60(map: VarbindMap): WirelessResult {
  if (!hasAny(map, AF60_ROOTS)) return noWireless();
  const stations = tableRows(map, STATION_ENTRY, Object.values(STA)).flatMap(({ index, get }) => {
    // The MAC's six octets; the agent appends a .1 to them, as it does to its scalars.
    const mac = macFromOctets(index.split('.').slice(0, 6));
    if (mac === null) return [];
    return [
      {
        mac,
        main: rowText(get, STA.activeLink) !== 'backup', // af60StaActiveLink, "main" or "backup"
        signal: dbm(rowInt(get, STA.rssi)), // af60StaRSSI, dBm like af60StaRemoteRSSI
        snr: rowInt(get, STA.snr), // af60StaSNR, dB, reported by the radio itself
        tx: times(rowInt(get, STA.txCapacity), 1000), // af60StaTxCapacity, UNITS "Kbps"
        rx: times(rowInt(get, STA.rxCapacity), 1000), // af60StaRxCapacity, UNITS "Kbps"
        distance: rowInt(get, STA.distance), // af60StaRemoteDistance, UNITS "m"
        uptime: ticksToSeconds(rowInt(get, STA.connTime)), // af60StaRemoteConnectionTime, TimeTicks
      },
    ];
  });

  // AF60 is a point-to-point product whatever af60Role says (the role only picks the master).
  // The link is the main peer (an AF60 XG may also list its 5 GHz backup link).
  const link = stations.find((s) => s.main) ?? stations[0];
  const radios = [
    radio('ptp', {
      ssid: scalarText(map, AF60.ssid),
      frequencyMhz: positive(scalarInt(map, AF60.frequency)),
      channelWidthMhz: positive(scalarInt(map, AF60.bandwidth)),
      signalDbm: link?.signal ?? null,
      snrDb: link?.snr ?? null,
      txRateBps: link?.tx ?? null,
      rxRateBps: link?.rx ?? null,
      distanceMeters: link?.distance ?? null,
    }),
  ];
  const clients = stations.map((s) =>
    client(s.mac, { signalDbm: s.signal, snrDb: s.snr, txRateBps: s.tx, rxRateBps: s.rx, uptimeSeconds: s.uptime }),
  );
  return { radios, clients };
}
