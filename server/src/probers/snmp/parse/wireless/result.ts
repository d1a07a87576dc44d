import type { WirelessClient, WirelessMode, WirelessRadio } from '../../model.js';

/** What each vendor parser returns; empty arrays when its MIB is absent, so all can be called. */
export interface WirelessResult {
  radios: WirelessRadio[];
  clients: WirelessClient[];
}

/**
 * What the inventory says about the device, for MIBs that may not: the type the operator gave
 * it (an access point or a station), used when the device reports no mode of its own.
 */
export interface WirelessHints {
  mode?: 'ap' | 'station';
}

export const noWireless = (): WirelessResult => ({ radios: [], clients: [] });

const NOTHING = {
  ifIndex: null,
  ssid: null,
  frequencyMhz: null,
  channelWidthMhz: null,
  signalDbm: null,
  noiseDbm: null,
  snrDb: null,
  ccqPercent: null,
  txRateBps: null,
  rxRateBps: null,
  clients: null,
  distanceMeters: null,
  txPowerDbm: null,
} as const;

/** A radio with every field the caller does not know left null. */
export const radio = (mode: WirelessMode, known: Partial<Omit<WirelessRadio, 'mode'>>): WirelessRadio => ({
  ...NOTHING,
  mode,
  ...known,
});

/** A client row with every field the caller does not know left null. */
export const client = (mac: string, known: Partial<Omit<WirelessClient, 'mac'>>): WirelessClient => ({
  ifIndex: null,
  signalDbm: null,
  snrDb: null,
  txRateBps: null,
  rxRateBps: null,
  uptimeSeconds: null,
  mac,
  ...known,
});
