import type { PingSamplesRepo, Tier } from '../db/repos/ping-samples.js';

export const MAX_POINTS = 1000;
const TIER_SECONDS: Record<Tier, number> = { raw: 1, '5m': 300, '1h': 3600 };

/**
 * The finest tier that still holds the whole range, and a bucket width (a multiple of the
 * tier's resolution) that keeps the answer under MAX_POINTS.
 */
export function chooseTier(o: { from: number; to: number; now: number; step?: number; rawSeconds: number; fiveMinuteSeconds: number; intervalSeconds: number }): { tier: Tier; step: number } {
  const range = o.to - o.from;
  // A little slack at the old end: "the last 30 days" asked a moment ago is still 5-minute data.
  const tier: Tier =
    o.from >= o.now - o.rawSeconds - 60 && range <= 2 * 86_400 ? 'raw' : o.from >= o.now - o.fiveMinuteSeconds - 3600 && range <= 31 * 86_400 ? '5m' : '1h';
  const resolution = tier === 'raw' ? o.intervalSeconds : TIER_SECONDS[tier];
  const wanted = Math.max(o.step ?? 0, resolution, Math.ceil(range / MAX_POINTS));
  return { tier, step: Math.ceil(wanted / resolution) * resolution };
}

export async function latencySeries(
  samples: PingSamplesRepo,
  o: { deviceId: number; from: number; to: number; now: number; step?: number; rawSeconds: number; fiveMinuteSeconds: number; intervalSeconds: number },
) {
  const { tier, step } = chooseTier(o);
  const rows = await samples.series(tier, o.deviceId, o.from, o.to, step);
  const ms = (v: number | null) => (v === null ? null : Math.round(v) / 1000);
  return {
    tier,
    step,
    from: new Date(o.from * 1000).toISOString(),
    to: new Date(o.to * 1000).toISOString(),
    points: rows.map((r) => ({
      t: new Date(r.t * 1000).toISOString(),
      rttAvg: ms(r.rttAvg),
      rttMin: ms(r.rttMin),
      rttMax: ms(r.rttMax),
      loss: r.sent > 0 ? Math.round((r.lost / r.sent) * 1000) / 10 : 0,
    })),
  };
}
