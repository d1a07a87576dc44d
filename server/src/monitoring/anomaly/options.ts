export type MetricKind = 'rtt' | 'loss' | 'traffic' | 'signal';
export const METRIC_KINDS: readonly MetricKind[] = ['rtt', 'loss', 'traffic', 'signal'];

/**
 * The least spread a baseline may claim: `abs` in the metric's unit, `rel` as a fraction of the
 * expected value. A perfectly flat history (loss always 0) would otherwise flag any wiggle.
 */
export interface SpreadFloor {
  abs: number;
  rel: number;
}

export interface AnomalyOptions {
  /** Days of history a baseline looks back over. */
  windowDays: number;
  /** |z| at or above which a point is anomalous. */
  zThreshold: number;
  /** Past days with a summary for the hour slot needed before any point is scored. */
  minBaselineDays: number;
  /** Consecutive anomalous points (same direction) that start an episode, and quiet ones that end it. */
  minConsecutive: number;
  /** Local time = UTC + this; fixed, so the slot of an hour is plain arithmetic. */
  utcOffsetMinutes: number;
  floors: Record<MetricKind, SpreadFloor>;
}

export type AnomalyOptionsInput = Partial<Omit<AnomalyOptions, 'floors'>> & { floors?: Partial<Record<MetricKind, SpreadFloor>> };

export const DEFAULT_ANOMALY_OPTIONS: Readonly<AnomalyOptions> = Object.freeze({
  windowDays: 7,
  zThreshold: 3,
  minBaselineDays: 3,
  minConsecutive: 3,
  utcOffsetMinutes: -new Date().getTimezoneOffset(),
  floors: Object.freeze({
    rtt: { abs: 0.5, rel: 0.1 }, // ms
    loss: { abs: 2, rel: 0 }, // percentage points
    traffic: { abs: 10_000, rel: 0.1 }, // bit/s
    signal: { abs: 1, rel: 0 }, // dB
  }),
});

/** Defaults filled in and checked; a bad option is a bug in the caller, so it throws. */
export function resolveAnomalyOptions(input: AnomalyOptionsInput = {}): AnomalyOptions {
  const d = DEFAULT_ANOMALY_OPTIONS;
  const o: AnomalyOptions = {
    windowDays: input.windowDays ?? d.windowDays,
    zThreshold: input.zThreshold ?? d.zThreshold,
    minBaselineDays: input.minBaselineDays ?? d.minBaselineDays,
    minConsecutive: input.minConsecutive ?? d.minConsecutive,
    utcOffsetMinutes: input.utcOffsetMinutes ?? d.utcOffsetMinutes,
    floors: { ...d.floors, ...input.floors },
  };
  const int = (v: number, lo: number, hi: number) => Number.isInteger(v) && v >= lo && v <= hi;
  if (!int(o.windowDays, 1, 366)) throw new RangeError(`windowDays must be an integer in 1..366, got ${o.windowDays}`);
  if (!int(o.minBaselineDays, 1, o.windowDays)) throw new RangeError(`minBaselineDays must be an integer in 1..windowDays, got ${o.minBaselineDays}`);
  if (!int(o.minConsecutive, 1, 1_000)) throw new RangeError(`minConsecutive must be an integer in 1..1000, got ${o.minConsecutive}`);
  if (!(o.zThreshold > 0 && Number.isFinite(o.zThreshold))) throw new RangeError(`zThreshold must be > 0, got ${o.zThreshold}`);
  if (!(Math.abs(o.utcOffsetMinutes) <= 14 * 60)) throw new RangeError(`utcOffsetMinutes must be within ±840, got ${o.utcOffsetMinutes}`);
  for (const kind of Object.keys(o.floors) as MetricKind[]) {
    const f = o.floors[kind];
    if (!(f.abs > 0 && f.rel >= 0)) throw new RangeError(`floors.${kind} needs abs > 0 and rel ≥ 0`);
  }
  return o;
}
