import type { WirelessMode } from '../../model.js';
import type { VarbindMap } from '../../varbinds.js';
import { dbm, macFromValue, positive, rowInt, rowText, tableRows, times } from '../values.js';
import { client, radio, type WirelessResult } from './result.js';

/** MIKROTIK-MIB W60G tables (wAP 60G, LHG 60G, Cube 60G): one row per 60 GHz interface / peer. */
const W = '1.3.6.1.4.1.14988.1.1.1';
const W60G_TABLE = `${W}.8`; // mtxrWl60GTable, INDEX { mtxrWl60GIndex } (the ifIndex)
const W60G_STA_TABLE = `${W}.9`; // mtxrWl60GStaTable, INDEX { mtxrWl60GStaIndex }

// Columns 10 (table) and 7 (stations) hold a value the MIB does not define; they are not read.
const W60G = { mode: 2, ssid: 3, remote: 5, freq: 6, rssi: 12, phyRate: 13 } as const;
const STA = { connected: 2, remote: 3, phyRate: 8, rssi: 9, distance: 10 } as const;

/** Both tables have a row per 60 GHz interface or peer: walked whole. */
export const MIKROTIK_60G_ROOTS = [W60G_TABLE, W60G_STA_TABLE];

/**
 * mtxrWl60GMode: apBridge(0) serves several stations, stationBridge(1) is the client side, and
 * bridge(3) is an AP that accepts a single station, i.e. the master end of a point-to-point
 * link. sniff(2) carries no link and yields no radio.
 */
function modeOf(v: number | null): WirelessMode | null {
  if (v === 0) return 'ap';
  if (v === 1) return 'station';
  if (v === 3) return 'ptp';
  return null;
}

/** mtxrWl60GPhyRate / mtxrWl60GStaPhyRate are Mbit/s (2310 = MCS 8); LibreNMS multiplies by 1e6. */
const mbps = (v: number | null): number | null => times(positive(v), 1_000_000);

/**
 * mtxrWl60GStaDistance says "meters", but the recordings hold 2570 for a wAP 60G and 18545 for
 * an LHG 60G link: 25.7 m and 185.45 m are 60 GHz distances, 18.5 km is not. The value is in
 * centimetres, as LibreNMS reads it (divisor 100000 for km).
 */
const cmToMetres = (v: number | null): number | null => (v === null ? null : v / 100);

export function parseMikrotik60g(map: VarbindMap): WirelessResult {
  const peers = tableRows(map, `${W60G_STA_TABLE}.1`, Object.values(STA)).flatMap(({ index, get }) => {
    const mac = macFromValue(get(STA.remote)); // mtxrWl60GStaRemote, MacAddress value (not in the index)
    if (mac === null || rowInt(get, STA.connected) === 0) return []; // BoolValue false(0): not associated
    return [
      {
        mac,
        ifIndex: Number(index), // the dynamic wlan60-station-N interface RouterOS creates per peer
        signal: dbm(rowInt(get, STA.rssi)), // mtxrWl60GStaRssi, dBm
        tx: mbps(rowInt(get, STA.phyRate)), // mtxrWl60GStaPhyRate, "Mbits per second"
        distance: cmToMetres(rowInt(get, STA.distance)),
      },
    ];
  });

  const rows = tableRows(map, `${W60G_TABLE}.1`, Object.values(W60G));
  const radios = rows.flatMap(({ index, get }) => {
    const mode = modeOf(rowInt(get, W60G.mode));
    if (mode === null) return [];
    // The peer row is the one whose MAC is this interface's mtxrWl60GRemote.
    const remote = macFromValue(get(W60G.remote));
    const peer = peers.find((p) => p.mac === remote);
    return [
      radio(mode, {
        ifIndex: Number(index),
        ssid: rowText(get, W60G.ssid),
        frequencyMhz: positive(rowInt(get, W60G.freq)), // mtxrWl60GFreq, "Mhz"
        // mtxrWl60GRssi is dBm; mtxrWl60GSignal (8) is a 0–100 quality, not CCQ, so not read.
        signalDbm: dbm(rowInt(get, W60G.rssi)),
        txRateBps: mbps(rowInt(get, W60G.phyRate)), // mtxrWl60GPhyRate, Mbit/s, transmit side
        // The station table does not say which interface a peer belongs to, so a count is only
        // certain when the device has a single 60 GHz interface.
        clients: mode === 'ap' && rows.length === 1 ? peers.length : null,
        distanceMeters: peer?.distance ?? null,
      }),
    ];
  });

  const clients = peers.map((p) => client(p.mac, { ifIndex: p.ifIndex, signalDbm: p.signal, txRateBps: p.tx }));
  return { radios, clients };
}
