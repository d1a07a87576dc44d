import type { VarbindMap } from '../../varbinds.js';
import { dbm, hasAny, macFromOctets, positive, rowInt, scalarInt, scalarText, strongest, tableRows, times } from '../values.js';
import { client, noWireless, radio, type WirelessResult } from './result.js';

/** UBNT-AFLTU-MIB (afLTUMIB = 1.3.6.1.4.1.41112.1.10.1): airFiber LTU and 5XHD. */
const MIB = '1.3.6.1.4.1.41112.1.10.1';
const CONFIG = `${MIB}.2`; // afLTUConfig scalars
const STATUS = `${MIB}.3`; // afLTUStatus scalars
const STATION_ENTRY = `${MIB}.4.1`; // afLTUStationEntry, INDEX { afLTUStaRemoteMac }

export const LTU = {
  role: `${CONFIG}.1`, // afLTURole: ap(0), cpe(1)
  frequency: `${CONFIG}.2`, // afLTUFrequency, UNITS "MHz"
  bandwidth: `${CONFIG}.4`, // afLTUBandwidth, UNITS "MHz"
  ssid: `${CONFIG}.5`, // afLTUSsid
  txEirp: `${CONFIG}.6`, // afLTUTxEIRP, "Tx EIRP in dBm"
  devModel: `${STATUS}.2`, // afLTUDevModel
  firmwareVersion: `${STATUS}.4`, // afLTUFirmwareVersion
  uptime: `${STATUS}.7`, // afLTUUptime, Counter64 UNITS "s"
} as const;

// afLTUStaRemoteConnectionTime (24) is not read: the MIB gives it no unit and no recording
// holds one to check against.
const STA = { txCapacity: 3, rxCapacity: 4, rxPower0: 5, rxPower1: 6, distance: 23 } as const;

/** The scalar groups are small and walked whole; the station table by column (one row per CPE). */
export const LTU_ROOTS = [CONFIG, STATUS, ...Object.values(STA).map((c) => `${STATION_ENTRY}.${c}`)];

export function parseLtu(map: VarbindMap): WirelessResult {
  if (!hasAny(map, LTU_ROOTS)) return noWireless();
  const stations = tableRows(map, STATION_ENTRY, Object.values(STA)).flatMap(({ index, get }) => {
    const mac = macFromOctets(index.split('.'));
    if (mac === null) return [];
    return [
      {
        mac,
        // afLTUStaRxPower0/1, UNITS "dBm", per chain: the stronger chain is what decodes.
        signal: strongest(dbm(rowInt(get, STA.rxPower0)), dbm(rowInt(get, STA.rxPower1))),
        tx: times(rowInt(get, STA.txCapacity), 1000), // afLTUStaTxCapacity, UNITS "Kbps"
        rx: times(rowInt(get, STA.rxCapacity), 1000), // afLTUStaRxCapacity, UNITS "Kbps"
        // afLTUStaRemoteDistance says UNITS "km", but the recording's 10955 for a 5XHD link is
        // metres (10.955 km); LibreNMS reads it as metres too.
        distance: rowInt(get, STA.distance),
      },
    ];
  });

  const role = scalarInt(map, LTU.role);
  const mode = role === 1 ? 'station' : role === 0 ? 'ap' : stations.length > 1 ? 'ap' : 'station';
  // With a single peer (a CPE's AP, or a PtP 5XHD) the link's figures are the radio's; an AP
  // with several CPEs has them per client only.
  const peer = stations.length === 1 ? stations[0] : undefined;
  const radios = [
    radio(mode, {
      ssid: scalarText(map, LTU.ssid),
      frequencyMhz: positive(scalarInt(map, LTU.frequency)),
      channelWidthMhz: positive(scalarInt(map, LTU.bandwidth)),
      signalDbm: peer?.signal ?? null,
      txRateBps: peer?.tx ?? null,
      rxRateBps: peer?.rx ?? null,
      clients: mode === 'ap' ? stations.length : null,
      distanceMeters: peer?.distance ?? null,
      txPowerDbm: scalarInt(map, LTU.txEirp), // EIRP: the only transmit power LTU reports
    }),
  ];
  const clients = stations.map((s) => client(s.mac, { signalDbm: s.signal, txRateBps: s.tx, rxRateBps: s.rx }));
  return { radios, clients };
}
