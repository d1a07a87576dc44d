import type { AnomaliesRepo } from '../../db/repos/anomalies.js';
import { seriesKind } from './anomaly-monitor.js';
import { baselineBand, type AnomalyOptions } from './seasonal-model.js';

/** Ranges longer than this get no band: hourly expectations on a year chart say nothing. */
const MAX_BAND_SECONDS = 31 * 86_400;

export interface BandPoint {
  t: string;
  expected: number;
  spread: number;
}

/**
 * What was expected of a device series, hour by hour, over [from, to) (unix seconds), from the
 * stored hourly history: the chart draws expected ± zThreshold·spread, the band outside which
 * points are anomalous.
 */
export async function seriesBand(repo: AnomaliesRepo, options: AnomalyOptions, deviceId: number, series: string, from: number, to: number): Promise<{ zThreshold: number; points: BandPoint[] }> {
  if (to - from > MAX_BAND_SECONDS) return { zThreshold: options.zThreshold, points: [] };
  const rows = await repo.hours(deviceId, series, from - options.windowDays * 86_400 - 3600, to);
  const summaries = rows.map((r) => ({ key: series, kind: seriesKind(series), hourStart: r.t * 1000, median: r.median, mad: r.mad, count: r.count }));
  const band = baselineBand(summaries, from * 1000, to * 1000, seriesKind(series), options);
  return { zThreshold: options.zThreshold, points: band.map((b) => ({ t: new Date(b.hourStart).toISOString(), expected: b.expected, spread: b.spread })) };
}
