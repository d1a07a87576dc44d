import type { Baseline, HourSummary } from './baseline.js';
import { BaselineScratch, baselineForHour, isUsableSummary } from './baseline.js';
import { HOUR_MS, hourIndex } from './calendar.js';
import type { Episode, EpisodeChange } from './episodes.js';
import { EpisodeTracker } from './episodes.js';
import { HOUR_BUFFER_CAP, HourBuffer } from './hour-buffer.js';
import { HourRing } from './hour-ring.js';
import type { AnomalyOptionsInput, MetricKind } from './options.js';
import { METRIC_KINDS, resolveAnomalyOptions } from './options.js';

export type { Baseline, HourSummary } from './baseline.js';
export { baselineBand, baselineFromSummaries } from './baseline.js';
export type { Episode, EpisodeChange } from './episodes.js';
export type { AnomalyOptions, AnomalyOptionsInput, MetricKind, SpreadFloor } from './options.js';
export { DEFAULT_ANOMALY_OPTIONS, METRIC_KINDS, resolveAnomalyOptions } from './options.js';

export interface Verdict {
  /** null while the hour slot has fewer than minBaselineDays past days: never anomalous then. */
  expected: number | null;
  spread: number | null;
  z: number | null;
  /** This point alone; episodes are what should page. */
  anomalous: boolean;
  change: EpisodeChange;
  /** The open episode this point belongs to, or the one it just ended (a copy). */
  episode: Episode | null;
}

export interface AnomalyModelStats {
  series: number;
  /** Approximate: typed arrays exactly, objects and keys estimated. */
  bytes: number;
}

/** The objects of a series and its Map entry on the JS heap: measured with bench/anomaly.ts. */
const SERIES_OVERHEAD_BYTES = 1100;

class Series {
  readonly ring: HourRing;
  readonly buffer = new HourBuffer();
  readonly episodes: EpisodeTracker;
  /** The open hour, or the last closed one when `open` is false; samples before it are late. */
  hour = -Infinity;
  open = false;
  /** The hour the cached baseline is for; expected is NaN when that hour has none. */
  baselineHour = -Infinity;
  expected = NaN;
  spread = NaN;

  constructor(
    readonly key: string,
    readonly kind: MetricKind,
    ringSize: number,
  ) {
    this.ring = new HourRing(ringSize);
    this.episodes = new EpisodeTracker(key, kind);
  }
}

const copy = (e: Episode | null): Episode | null => (e === null ? null : { ...e });

/**
 * Robust seasonal anomaly detection for many series (one per device metric), in memory.
 * Each series keeps the hourly median and MAD of the last windowDays days in a ring; a point is
 * scored against the same local hour on past days (a median across days, so one outage does not
 * move it). The baseline is recomputed once per series and hour, so observe() costs the same
 * however long the history.
 */
export function createAnomalyModel(options: AnomalyOptionsInput = {}) {
  const o = resolveAnomalyOptions(options);
  const ringSize = o.windowDays * 24;
  const series = new Map<string, Series>();
  const scratch = new BaselineScratch(o.windowDays);
  const summaryScratch = new Float64Array(HOUR_BUFFER_CAP);
  let closed: HourSummary[] = [];

  function seriesFor(key: string, kind: MetricKind): Series {
    let s = series.get(key);
    if (s === undefined) {
      s = new Series(key, kind, ringSize);
      series.set(key, s);
    }
    return s;
  }

  function closeHour(s: Series): void {
    const { median, mad, count } = s.buffer.summarize(summaryScratch);
    s.buffer.reset();
    s.open = false;
    // Rounded as the ring stores them, so a model loaded from these rows scores identically.
    const summary: HourSummary = { key: s.key, kind: s.kind, hourStart: s.hour * HOUR_MS, median: Math.fround(median), mad: Math.fround(mad), count };
    s.ring.write(s.hour, summary.median, summary.mad, count);
    closed.push(summary);
  }

  function refreshBaseline(s: Series, h: number): void {
    const b = baselineForHour(h, s.kind, o, s.ring, scratch);
    s.baselineHour = h;
    s.expected = b === null ? NaN : b.expected;
    s.spread = b === null ? NaN : b.spread;
  }

  return {
    options: o,

    /** Scores one sample and adds it to its hour. Late samples (an hour already closed) are not scored. */
    observe(key: string, kind: MetricKind, at: number, value: number): Verdict {
      const s = seriesFor(key, kind);
      const h = hourIndex(at);
      if (!Number.isFinite(value) || !Number.isFinite(h) || h < s.hour || (h === s.hour && !s.open)) {
        return { expected: null, spread: null, z: null, anomalous: false, change: null, episode: copy(s.episodes.openEpisode) };
      }
      if (h !== s.hour) {
        if (s.open) closeHour(s);
        s.hour = h;
        s.open = true;
      }
      s.buffer.push(value);
      if (s.baselineHour !== h) refreshBaseline(s, h);

      const expected = s.expected;
      const scored = expected === expected;
      const z = scored ? (value - expected) / s.spread : null;
      const anomalous = z !== null && Math.abs(z) >= o.zThreshold;
      const change = s.episodes.step(at, value, z, anomalous, expected, s.spread, o.minConsecutive);
      return {
        expected: scored ? expected : null,
        spread: scored ? s.spread : null,
        z,
        anomalous,
        change,
        episode: copy(s.episodes.current),
      };
    },

    /**
     * Closes the open hour of every series whose hour ended at or before `at` (series that
     * stopped reporting). Samples that arrive later for a closed hour are dropped as late, so
     * call it with some grace after the hour. Returns how many hours it closed.
     */
    closeHoursBefore(at: number): number {
      let n = 0;
      for (const s of series.values()) {
        if (s.open && (s.hour + 1) * HOUR_MS <= at) {
          closeHour(s);
          n++;
        }
      }
      return n;
    },

    /** The hours closed since the last call, for the caller to persist. */
    drainClosedHours(): HourSummary[] {
      const out = closed;
      closed = [];
      return out;
    },

    /**
     * Rebuilds state from stored summaries after a restart (rows older than the window are
     * ignored by the ring; unusable rows are skipped). Meant for startup: it does not touch an
     * open hour. Returns how many rows it used.
     */
    load(summaries: readonly HourSummary[]): number {
      let used = 0;
      for (const r of summaries) {
        if (!METRIC_KINDS.includes(r.kind) || !isUsableSummary(r)) continue;
        const s = seriesFor(r.key, r.kind);
        const h = hourIndex(r.hourStart);
        s.ring.write(h, r.median, r.mad, r.count);
        // A stored hour is closed: samples of it or before are late, as in the model that wrote it.
        if (!s.open && h > s.hour) s.hour = h;
        s.baselineHour = -Infinity;
        used++;
      }
      return used;
    },

    /**
     * The baseline a sample at `at` would be scored against, from the current state (the ring
     * holds only the last windowDays days, so a time far in the past may have none).
     */
    baselineAt(key: string, at: number): Baseline | null {
      const s = series.get(key);
      return s === undefined ? null : baselineForHour(hourIndex(at), s.kind, o, s.ring, scratch);
    },

    /**
     * Drops the series that reported nothing for the whole window as of `at` (a deleted device,
     * interface or radio, or one down all that time): their rings are empty, so they could no
     * longer be scored. Returns each one's key and when its last reported hour ended.
     */
    expireSilent(at: number): { key: string; lastAt: number }[] {
      const oldest = hourIndex(at) - ringSize;
      const dropped: { key: string; lastAt: number }[] = [];
      for (const [key, s] of series) {
        if (s.open || s.hour >= oldest) continue;
        series.delete(key);
        dropped.push({ key, lastAt: (s.hour + 1) * HOUR_MS });
      }
      return dropped;
    },

    stats(): AnomalyModelStats {
      let bytes = 0;
      for (const s of series.values()) bytes += s.ring.bytes + s.buffer.bytes + 2 * s.key.length + SERIES_OVERHEAD_BYTES;
      return { series: series.size, bytes };
    },
  };
}

export type AnomalyModel = ReturnType<typeof createAnomalyModel>;
