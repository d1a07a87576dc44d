import type { RollupRow, SampleRow } from '../db/repos/ping-samples.js';

export const BUCKET_5M = 300;

interface Acc {
  rounds: number;
  /** Σ(round average × packets received) and Σ packets received: an exact per-packet mean. */
  weighted: number;
  received: number;
  min: number | null;
  max: number | null;
  /** Per-round averages, for the bucket's p95 (nearest rank). */
  values: number[];
  sent: number;
  lost: number;
}

const p95 = (values: number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(0.95 * sorted.length) - 1)]!;
};

/**
 * The open 5-minute bucket of every device, fed one round at a time. When a round falls in a
 * new bucket, the previous bucket's rows come out complete, to be upserted: written once per
 * bucket and idempotent, so replaying raw samples after a restart neither loses nor doubles.
 */
export function createRollupAccumulator(bucketSeconds = BUCKET_5M) {
  let bucket: number | null = null;
  let accs = new Map<number, Acc>();

  function close(): RollupRow[] {
    if (bucket === null) return [];
    const t = bucket;
    const rows: RollupRow[] = [];
    for (const [deviceId, a] of accs) {
      rows.push({
        device_id: deviceId,
        t,
        rounds: a.rounds,
        rtt_avg: a.received > 0 ? Math.round(a.weighted / a.received) : null,
        rtt_min: a.min,
        rtt_max: a.max,
        rtt_p95: p95(a.values),
        sent: a.sent,
        lost: a.lost,
      });
    }
    accs = new Map();
    return rows;
  }

  return {
    get bucket() {
      return bucket;
    },
    /** Adds one round (all samples share `t`); returns the rows of a bucket this round closed. */
    add(t: number, samples: SampleRow[]): { closedBucket: number | null; rows: RollupRow[] } {
      const b = Math.floor(t / bucketSeconds) * bucketSeconds;
      let closed: { closedBucket: number | null; rows: RollupRow[] } = { closedBucket: null, rows: [] };
      if (bucket !== null && b !== bucket) closed = { closedBucket: bucket, rows: close() };
      bucket = b;
      for (const s of samples) {
        let a = accs.get(s.device_id);
        if (!a) accs.set(s.device_id, (a = { rounds: 0, weighted: 0, received: 0, min: null, max: null, values: [], sent: 0, lost: 0 }));
        a.rounds++;
        a.sent += s.sent;
        a.lost += s.lost;
        if (s.rtt_avg !== null) {
          const received = s.sent - s.lost;
          a.weighted += s.rtt_avg * received;
          a.received += received;
          a.values.push(s.rtt_avg);
          a.min = a.min === null || (s.rtt_min ?? s.rtt_avg) < a.min ? (s.rtt_min ?? s.rtt_avg) : a.min;
          a.max = a.max === null || (s.rtt_max ?? s.rtt_avg) > a.max ? (s.rtt_max ?? s.rtt_avg) : a.max;
        }
      }
      return closed;
    },
  };
}
export type RollupAccumulator = ReturnType<typeof createRollupAccumulator>;
