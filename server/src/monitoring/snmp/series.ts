import type { SnmpHistoryRepo, SnmpTier } from '../../db/repos/snmp-history.js';
import { MAX_POINTS } from '../latency.js';

export interface SeriesWindow {
  from: number;
  to: number;
  now: number;
  step?: number;
  rawSeconds: number;
  intervalSeconds: number;
}

/** Raw polls while they cover the range (up to 2 days), else hourly rollups; at most ~1,000 points. */
export function chooseSnmpTier(o: SeriesWindow): { tier: SnmpTier; step: number } {
  const range = o.to - o.from;
  const tier: SnmpTier = o.from >= o.now - o.rawSeconds - 60 && range <= 2 * 86_400 ? 'raw' : '1h';
  const resolution = tier === 'raw' ? o.intervalSeconds : 3600;
  const wanted = Math.max(o.step ?? 0, resolution, Math.ceil(range / MAX_POINTS));
  return { tier, step: Math.ceil(wanted / resolution) * resolution };
}

const iso = (s: number) => new Date(s * 1000).toISOString();

export async function trafficSeries(history: SnmpHistoryRepo, o: SeriesWindow & { deviceId: number; ifIndex: number }) {
  const { tier, step } = chooseSnmpTier(o);
  const points = await history.traffic(tier, o.deviceId, o.ifIndex, o.from, o.to, step);
  return { tier, step, from: iso(o.from), to: iso(o.to), points: points.map((p) => ({ ...p, t: iso(p.t) })) };
}

export async function wirelessSeries(history: SnmpHistoryRepo, o: SeriesWindow & { deviceId: number; radio: number }) {
  const { tier, step } = chooseSnmpTier(o);
  const points = await history.wireless(tier, o.deviceId, o.radio, o.from, o.to, step);
  return { tier, step, from: iso(o.from), to: iso(o.to), points: points.map((p) => ({ ...p, t: iso(p.t) })) };
}
