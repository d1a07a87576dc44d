import type { WirelessRadio } from '../../probers/snmp/model.js';
import type { InterfaceState, SnmpDeviceState } from '../snmp/state.js';

/** What a link's measured end says about it, from its last SNMP poll. */
export interface LinkFigures {
  /** The interface the traffic comes from: GET /api/devices/:deviceId/traffic?ifIndex= charts it. */
  ifIndex: number | null;
  capacityBps: number | null;
  /** `radio`: the radio's reported capacity or TX rate; `interface`: the interface's speed. */
  capacitySource: 'radio' | 'interface' | null;
  /** As the interface counts them: on a radio's wireless side (or a router's uplink port) `in` arrives from the parent's tower. */
  trafficInBps: number | null;
  trafficOutBps: number | null;
  /** max(in, out) ÷ capacity, in percent (one decimal). */
  utilisationPercent: number | null;
  signalDbm: number | null;
}

export const NO_FIGURES: LinkFigures = { ifIndex: null, capacityBps: null, capacitySource: null, trafficInBps: null, trafficOutBps: null, utilisationPercent: null, signalDbm: null };

const SOFTWARE_LOOPBACK = 24;
const IEEE80211 = 71;
/** Names vendors give radio interfaces: airOS ath0 / air0, RouterOS wlan1 / wlan60-1, others wifi0. */
const RADIO_NAME = /^(ath|air|wlan|wifi|wl\d|radio)/i;
const DEAD = new Set(['down', 'notPresent', 'lowerLayerDown']);
const positive = (v: number | null | undefined) => (v !== null && v !== undefined && v > 0 ? v : null);

/** The radio facing the parent: a station or PtP one before an access point's. */
const linkRadio = (radios: WirelessRadio[]) => radios.find((r) => r.mode !== 'ap') ?? radios[0] ?? null;

const octets = (i: InterfaceState) => {
  const n = (v: string | null) => (v === null ? 0n : BigInt(v));
  return n(i.counters.inOctets) + n(i.counters.outOctets);
};

/**
 * The interface the link's traffic is read from: the radio's own, else one named or typed as a
 * radio, else the one that has carried the most octets (a router's uplink port). Chosen from
 * counters, not from the last interval's rates, so the choice does not flip between polls.
 */
export function linkInterface(interfaces: InterfaceState[], radio: WirelessRadio | null): InterfaceState | null {
  const own = radio?.ifIndex == null ? undefined : interfaces.find((i) => i.ifIndex === radio.ifIndex);
  if (own) return own;
  const live = interfaces.filter((i) => i.type !== SOFTWARE_LOOPBACK && !(i.operStatus !== null && DEAD.has(i.operStatus)));
  const named = live.filter((i) => i.type === IEEE80211 || RADIO_NAME.test(i.name ?? i.descr ?? ''));
  let best: InterfaceState | null = null;
  let most = -1n;
  for (const i of named.length > 0 && radio !== null ? named : live) {
    const o = octets(i);
    if (o > most) [best, most] = [i, o];
  }
  return best;
}

/** Whether the device's last poll answered recently enough for its figures to be the link's load now. */
export const measuredRecently = (s: SnmpDeviceState, now: number, staleAfterMs: number) => s.error === null && s.okAt !== null && now - s.okAt <= staleAfterMs;

/** The figures with only what stays true once they are stale: the interface, for its chart. */
export const withoutMeasures = (f: LinkFigures): LinkFigures => ({ ...NO_FIGURES, ifIndex: f.ifIndex });

/**
 * The link's capacity, traffic, utilisation and signal as the device's last poll left them
 * (depends on the state object alone, so a caller may keep it until the next poll replaces it).
 */
export function measuredFigures(s: SnmpDeviceState): LinkFigures {
  const radio = linkRadio(s.wireless);
  const iface = linkInterface(s.interfaces, radio);
  const ifIndex = iface?.ifIndex ?? null;
  if (s.error !== null || s.okAt === null) return { ...NO_FIGURES, ifIndex };
  const fromRadio = positive(radio?.txRateBps) ?? positive(radio?.rxRateBps);
  const capacityBps = fromRadio ?? positive(iface?.speedBps);
  const trafficInBps = iface?.inBps ?? null;
  const trafficOutBps = iface?.outBps ?? null;
  const busiest = trafficInBps === null && trafficOutBps === null ? null : Math.max(trafficInBps ?? 0, trafficOutBps ?? 0);
  return {
    ifIndex,
    capacityBps,
    capacitySource: fromRadio !== null ? 'radio' : capacityBps !== null ? 'interface' : null,
    trafficInBps,
    trafficOutBps,
    utilisationPercent: busiest === null || capacityBps === null ? null : Math.round((busiest / capacityBps) * 1000) / 10,
    signalDbm: radio?.signalDbm ?? s.signalDbm,
  };
}

/**
 * The link's figures now. Measured figures older than `staleAfterMs` (a device that stopped
 * answering, or that ping says is down and so is not polled) are null: an old rate is not the
 * link's load now. The interface stays, for the chart of its history.
 */
export function linkFigures(s: SnmpDeviceState | null, now: number, staleAfterMs: number): LinkFigures {
  if (!s) return NO_FIGURES;
  const f = measuredFigures(s);
  return measuredRecently(s, now, staleAfterMs) ? f : withoutMeasures(f);
}
