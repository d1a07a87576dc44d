/**
 * npm run bench:anomaly — scoring cost per sample of the seasonal anomaly model at 20,000
 * series, against a plain running z-score (Welford mean/variance: not robust, not seasonal) on
 * the same samples as baseline. Options: --series N (20000), --samples N per series (60, 10 s
 * apart, starting at :55 so every series closes an hour and recomputes its baseline in the timing).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { HourSummary, MetricKind } from '../src/monitoring/anomaly/seasonal-model.js';
import { createAnomalyModel } from '../src/monitoring/anomaly/seasonal-model.js';
import { gaussian } from '../src/test-support/seeded-noise.js';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(v) || v <= 0) throw new Error(`--${name} needs a positive integer`);
  return v;
}
const SERIES = arg('series', 20_000);
const SAMPLES = arg('samples', 60);
const WINDOW_DAYS = 7;
const OFFSET = -180;
const SPACING_MS = 10_000;
const RUNS = 3;
const HOUR = 3_600_000;
/** The first sampled hour: Monday 2024-01-15 00:00 local; history covers the 7 days before it. */
const H0 = Date.UTC(2024, 0, 15, 3) / HOUR;
const START = H0 * HOUR + 55 * 60_000;
/** One device's series: RTT, loss, traffic in and out, signal. */
const KINDS: MetricKind[] = ['rtt', 'loss', 'traffic', 'traffic', 'signal'];

const g = gaussian(42);

/** A typical level for series j at UTC hour h: an evening peak, in each kind's unit. */
function level(kind: MetricKind, j: number, h: number): number {
  const local = (((h * 60 + OFFSET) / 60) % 24 + 24) % 24;
  const evening = Math.exp(-(((local - 21) / 2.5) ** 2));
  switch (kind) {
    case 'rtt': return (2 + (j % 20)) * (1 + 0.3 * evening);
    case 'loss': return 0;
    case 'traffic': return 1e6 * (1 + (j % 50)) * (1 + 4 * evening);
    case 'signal': return -55 - (j % 20);
  }
}
function sample(kind: MetricKind, j: number, h: number): number {
  const x = level(kind, j, h);
  switch (kind) {
    case 'loss': return g() > 2.33 ? 10 : 0;
    case 'signal': return x + g();
    default: return x * (1 + 0.05 * g());
  }
}

function history(keys: string[], kinds: MetricKind[], from: number, to: number): HourSummary[] {
  const rows: HourSummary[] = [];
  for (let j = from; j < to; j++) {
    const kind = kinds[j]!;
    for (let h = H0 - WINDOW_DAYS * 24; h < H0; h++) {
      const x = level(kind, j, h);
      const median = kind === 'loss' ? 0 : kind === 'signal' ? x + 0.5 * g() : x * (1 + 0.03 * g());
      const mad = kind === 'loss' ? 0 : kind === 'signal' ? 0.7 : 0.035 * Math.abs(x);
      rows.push({ key: keys[j]!, kind, hourStart: h * HOUR, median, mad, count: 360 });
    }
  }
  return rows;
}

function dataset(prefix: string, n: number) {
  const keys = Array.from({ length: n }, (_, j) => `${KINDS[j % KINDS.length]}:${prefix}${Math.floor(j / KINDS.length)}:${j % KINDS.length}`);
  const kinds = Array.from({ length: n }, (_, j) => KINDS[j % KINDS.length]!);
  const values = new Float64Array(n * SAMPLES);
  for (let i = 0; i < SAMPLES; i++) {
    const h = Math.floor((START + i * SPACING_MS) / HOUR);
    for (let j = 0; j < n; j++) values[i * n + j] = sample(kinds[j]!, j, h);
  }
  return { n, keys, kinds, values };
}
type Dataset = ReturnType<typeof dataset>;

const ms = (ns: bigint) => Number(ns) / 1e6;
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);

/** A model holding 7 days of history for every series; only load() is timed. */
function loadedModel(d: Dataset) {
  const model = createAnomalyModel({ windowDays: WINDOW_DAYS, utcOffsetMinutes: OFFSET });
  let loadNs = 0n;
  let rows = 0;
  for (let from = 0; from < d.n; from += 1000) {
    // In chunks, as pages of rows would come from the database.
    const chunk = history(d.keys, d.kinds, from, Math.min(from + 1000, d.n));
    const t0 = process.hrtime.bigint();
    rows += model.load(chunk);
    loadNs += process.hrtime.bigint() - t0;
  }
  return { model, loadNs, rows };
}

function timeModel(model: ReturnType<typeof createAnomalyModel>, d: Dataset) {
  let anomalous = 0;
  let closedHours = 0;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < SAMPLES; i++) {
    const at = START + i * SPACING_MS;
    const row = i * d.n;
    for (let j = 0; j < d.n; j++) if (model.observe(d.keys[j]!, d.kinds[j]!, at, d.values[row + j]!).anomalous) anomalous++;
    closedHours += model.drainClosedHours().length;
  }
  return { ns: process.hrtime.bigint() - t0, anomalous, closedHours };
}

interface Welford {
  n: number;
  mean: number;
  m2: number;
}
function timeWelford(d: Dataset) {
  const state = new Map<string, Welford>();
  for (let j = 0; j < d.n; j++) {
    const x = level(d.kinds[j]!, j, H0);
    state.set(d.keys[j]!, { n: 168, mean: x, m2: 167 * (0.05 * Math.abs(x) + 1) ** 2 });
  }
  let anomalous = 0;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < SAMPLES; i++) {
    const row = i * d.n;
    for (let j = 0; j < d.n; j++) {
      const w = state.get(d.keys[j]!)!;
      const x = d.values[row + j]!;
      const sd = Math.sqrt(w.m2 / (w.n - 1));
      if (sd > 0 && Math.abs((x - w.mean) / sd) >= 3) anomalous++;
      w.n++;
      const delta = x - w.mean;
      w.mean += delta / w.n;
      w.m2 += delta * (x - w.mean);
    }
  }
  return { ns: process.hrtime.bigint() - t0, anomalous };
}

// A full collection before measuring memory and timing, so the garbage of the loaded rows is
// neither counted nor collected inside the timing; this works without node --expose-gc.
setFlagsFromString('--expose-gc');
const fullGc = runInNewContext('gc') as () => void;
/** Array buffers are freed off the main thread: give that a moment, so the figures settle. */
async function gc(): Promise<void> {
  fullGc();
  await new Promise((resolve) => setTimeout(resolve, 100));
  fullGc();
}

// Warm-up on separate series, through the same paths (load, hour close, baseline recompute).
const warm = dataset('warm', Math.min(SERIES, 2000));
for (let r = 0; r < 3; r++) {
  timeModel(loadedModel(warm).model, warm);
  timeWelford(warm);
}

const d = dataset('', SERIES);
const runs: { robust: ReturnType<typeof timeModel>; plain: ReturnType<typeof timeWelford> }[] = [];
let first: { loadNs: bigint; rows: number; before: NodeJS.MemoryUsage; after: NodeJS.MemoryUsage; bytes: number; series: number } | null = null;
for (let r = 0; r < RUNS; r++) {
  // A fresh model each run: observe() moves the state on, and every run must close the same hour.
  await gc();
  const before = process.memoryUsage();
  const { model, loadNs, rows } = loadedModel(d);
  await gc();
  const after = process.memoryUsage();
  first ??= { loadNs, rows, before, after, ...model.stats() };
  runs.push({ robust: timeModel(model, d), plain: timeWelford(d) });
}

const total = SERIES * SAMPLES;
const usPer = (ns: bigint) => (ms(ns) * 1000) / total;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const range = (xs: number[]) => `${Math.min(...xs).toFixed(3)}–${Math.max(...xs).toFixed(3)}`;
const robustUs = runs.map((r) => usPer(r.robust.ns));
const plainUs = runs.map((r) => usPer(r.plain.ns));
const usRobust = median(robustUs);
const usPlain = median(plainUs);
const { robust, plain } = runs[0]!;
const f = first!;

const byKind = KINDS.filter((k, i) => KINDS.indexOf(k) === i).map((k) => `${k} ${d.kinds.filter((x) => x === k).length}`).join(', ');
console.log(`series: ${SERIES} (${byKind}); window ${WINDOW_DAYS} days; ${SAMPLES} samples each, ${SPACING_MS / 1000} s apart from hh:55 (${total} samples); median of ${RUNS} runs`);
console.log(`load ${f.rows} hourly summaries (${WINDOW_DAYS} days): ${(ms(f.loadNs) / 1000).toFixed(2)} s (${Math.round(f.rows / (ms(f.loadNs) / 1000))} rows/s), not timed below`);
console.log(
  `memory after load (after gc): heap used ${mb(f.after.heapUsed)} MB (+${mb(f.after.heapUsed - f.before.heapUsed)} MB), ` +
    `array buffers +${mb(f.after.arrayBuffers - f.before.arrayBuffers)} MB (the rings); model's estimate ${mb(f.bytes)} MB (${Math.round(f.bytes / f.series)} B/series)`,
);
console.log(`baseline: plain z-score (Welford running mean/variance per series): ${usPlain.toFixed(3)} µs per sample (runs ${range(plainUs)}; ${Math.round(1e6 / usPlain)} samples/s)`);
console.log(
  `seasonal robust model observe(): ${usRobust.toFixed(3)} µs per sample (runs ${range(robustUs)}; ${Math.round(1e6 / usRobust)} samples/s; ${(usRobust / usPlain).toFixed(1)}x baseline)`,
);
console.log(
  `  in the timing: ${robust.closedHours} hours closed, ${SERIES} baselines recomputed at each new hour; ` +
    `${robust.anomalous} anomalous points (${((100 * robust.anomalous) / total).toFixed(2)}%; plain z-score ${((100 * plain.anomalous) / total).toFixed(2)}%)`,
);
console.log(`target < 5 µs per sample: ${usRobust < 5 ? 'met' : 'not met'}`);
