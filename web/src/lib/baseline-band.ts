import type { BaselineBand } from '@server/http/routes/anomalies/schema.js';

const HOUR_MS = 3_600_000;

/** A span to shade on a chart: an anomaly from its start to its end (null: still going). */
export interface ChartMark {
  id: number;
  from: number;
  to: number | null;
}

/**
 * A lookup of the usual range at a time from a series' hourly baseline: expected ±
 * zThreshold·spread for the hour the time falls in, or null where there is no baseline.
 */
export function bandAt(baseline: BaselineBand | undefined): (t: number) => { expected: number; lower: number; upper: number } | null {
  const byHour = new Map((baseline?.points ?? []).map((p) => [Math.floor(Date.parse(p.t) / HOUR_MS), p]));
  const z = baseline?.zThreshold ?? 3;
  return (t) => {
    const p = byHour.get(Math.floor(t / HOUR_MS));
    return p ? { expected: p.expected, lower: p.expected - z * p.spread, upper: p.expected + z * p.spread } : null;
  };
}
