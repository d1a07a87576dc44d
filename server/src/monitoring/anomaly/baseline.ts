import { HOUR_MS, hourIndex, isWeekendHour, maxDaysOfType } from './calendar.js';
import type { AnomalyOptions, AnomalyOptionsInput, MetricKind, SpreadFloor } from './options.js';
import { resolveAnomalyOptions } from './options.js';
import { MAD_SCALE, medianInPlace } from './robust-stats.js';

/** One closed hour of one series: the model's stored history. */
export interface HourSummary {
  key: string;
  kind: MetricKind;
  /** ms, UTC, start of the hour. */
  hourStart: number;
  median: number;
  /** Raw MAD, not scaled. */
  mad: number;
  count: number;
}

export interface Baseline {
  expected: number;
  spread: number;
}

/** Where a baseline reads past hours from: the live ring, or stored rows. NaN = no summary. */
export interface HourSource {
  medianAt(h: number): number;
  madAt(h: number): number;
}

/** Work arrays for one baseline computation, reused so a recompute allocates nothing else. */
export class BaselineScratch {
  readonly medians: Float64Array;
  readonly mads: Float64Array;
  readonly sameType: Uint8Array;
  readonly work: Float64Array;
  readonly workMads: Float64Array;

  constructor(windowDays: number) {
    this.medians = new Float64Array(windowDays);
    this.mads = new Float64Array(windowDays);
    this.sameType = new Uint8Array(windowDays);
    this.work = new Float64Array(windowDays + 1);
    this.workMads = new Float64Array(windowDays + 1);
  }
}

/**
 * The baseline of hour h: the same local hour on each of the previous windowDays days.
 * Days of the same type (weekday / weekend) are preferred once there are enough of them;
 * "enough" is capped by what the window can hold, since a 7-day window has only 2 weekend
 * days. With fewer same-type days than minBaselineDays, the median over all days joins them
 * as a tie-breaker, so one bad weekend day still cannot drag the expected value.
 */
export function baselineForHour(h: number, kind: MetricKind, o: AnomalyOptions, source: HourSource, s: BaselineScratch): Baseline | null {
  const weekend = isWeekendHour(h, o.utcOffsetMinutes);
  let n = 0;
  let same = 0;
  for (let k = 1; k <= o.windowDays; k++) {
    const past = h - 24 * k;
    const median = source.medianAt(past);
    if (median !== median) continue; // NaN: no summary that day
    s.medians[n] = median;
    s.mads[n] = source.madAt(past);
    const isSame = isWeekendHour(past, o.utcOffsetMinutes) === weekend;
    s.sameType[n] = isSame ? 1 : 0;
    if (isSame) same++;
    n++;
  }
  if (n < o.minBaselineDays) return null;

  const useSameType = same >= Math.min(o.minBaselineDays, maxDaysOfType(weekend, o.windowDays));
  let m = 0;
  for (let i = 0; i < n; i++) {
    if (useSameType && s.sameType[i] === 0) continue;
    s.work[m] = s.medians[i]!;
    s.workMads[m] = s.mads[i]!;
    m++;
  }
  if (useSameType && m < o.minBaselineDays) {
    const allMedian = medianInPlace(s.medians, n);
    const allMad = medianInPlace(s.mads, n);
    s.work[m] = allMedian;
    s.workMads[m] = allMad;
    m++;
  }
  return combine(s.work, s.workMads, m, o.floors[kind]);
}

/** expected, and a spread from the day-to-day scatter of the hour and the noise within it. */
function combine(medians: Float64Array, mads: Float64Array, n: number, floor: SpreadFloor): Baseline {
  const expected = medianInPlace(medians, n);
  for (let i = 0; i < n; i++) medians[i] = Math.abs(medians[i]! - expected);
  const between = MAD_SCALE * medianInPlace(medians, n);
  const noise = MAD_SCALE * medianInPlace(mads, n);
  const spread = Math.max(Math.sqrt(between * between + noise * noise), floor.abs, floor.rel * Math.abs(expected));
  return { expected, spread };
}

export const isUsableSummary = (r: HourSummary): boolean =>
  Number.isFinite(r.hourStart) && Number.isFinite(r.median) && Number.isFinite(r.mad) && r.mad >= 0 && r.count > 0;

/** Stored rows of one series as an HourSource, rounded as the live model's Float32 ring is. */
function summarySource(summaries: readonly HourSummary[]): HourSource {
  const byHour = new Map<number, HourSummary>();
  // Same rules as the model's load(): unusable rows skipped, the last row of an hour wins.
  for (const r of summaries) if (isUsableSummary(r)) byHour.set(hourIndex(r.hourStart), r);
  return {
    medianAt: (h) => Math.fround(byHour.get(h)?.median ?? NaN),
    madAt: (h) => Math.fround(byHour.get(h)?.mad ?? NaN),
  };
}

/**
 * The baseline at `at` computed from one series' stored summaries alone, equal to what a live
 * model holding the same summaries would use: the API draws the expected band with it.
 */
export function baselineFromSummaries(summaries: readonly HourSummary[], at: number, kind: MetricKind, options: AnomalyOptionsInput = {}): Baseline | null {
  const o = resolveAnomalyOptions(options);
  return baselineForHour(hourIndex(at), kind, o, summarySource(summaries), new BaselineScratch(o.windowDays));
}

/** The band for every hour of [from, to): one index of the rows for the whole range. */
export function baselineBand(
  summaries: readonly HourSummary[],
  from: number,
  to: number,
  kind: MetricKind,
  options: AnomalyOptionsInput = {},
): { hourStart: number; expected: number; spread: number }[] {
  const o = resolveAnomalyOptions(options);
  const source = summarySource(summaries);
  const scratch = new BaselineScratch(o.windowDays);
  const out: { hourStart: number; expected: number; spread: number }[] = [];
  for (let h = hourIndex(from); h * HOUR_MS < to; h++) {
    const b = baselineForHour(h, kind, o, source, scratch);
    if (b !== null) out.push({ hourStart: h * HOUR_MS, ...b });
  }
  return out;
}
