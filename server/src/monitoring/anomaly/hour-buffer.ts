import { medianAndMadInPlace } from './robust-stats.js';

/** Raw values kept per open hour; beyond it the buffer thins out (one sample a second is 3,600). */
export const HOUR_BUFFER_CAP = 512;
const INITIAL_CAPACITY = 16;

export interface HourStats {
  median: number;
  mad: number;
  count: number;
}

/**
 * The raw values of one series' open hour, to summarise when the hour closes. Bounded: when
 * full it keeps every other value and from then on every other new one, so what it holds stays
 * an evenly spaced subsample of the hour and its median stays representative. Float32 halves
 * the memory; the summaries are stored as Float32 anyway.
 */
export class HourBuffer {
  private values = new Float32Array(INITIAL_CAPACITY);
  private kept = 0;
  /** Values offered this hour, kept or not: the summary's count. */
  seen = 0;
  private stride = 1;

  push(value: number): void {
    const i = this.seen++;
    if (i % this.stride !== 0) return;
    if (this.kept === this.values.length) {
      if (this.values.length < HOUR_BUFFER_CAP) {
        const grown = new Float32Array(Math.min(this.values.length * 2, HOUR_BUFFER_CAP));
        grown.set(this.values);
        this.values = grown;
      } else {
        for (let j = 0; j < this.kept / 2; j++) this.values[j] = this.values[2 * j]!;
        this.kept /= 2;
        this.stride *= 2;
        // i is a multiple of the new stride too: kept·oldStride with kept even.
      }
    }
    this.values[this.kept++] = value;
  }

  /** The hour's median and raw MAD, computed in `scratch` (at least HOUR_BUFFER_CAP long). */
  summarize(scratch: Float64Array): HourStats {
    for (let i = 0; i < this.kept; i++) scratch[i] = this.values[i]!;
    const { median, mad } = medianAndMadInPlace(scratch, this.kept);
    return { median, mad, count: this.seen };
  }

  /** Empties it for the next hour; the capacity stays, the next hour will likely need it too. */
  reset(): void {
    this.kept = 0;
    this.seen = 0;
    this.stride = 1;
  }

  get bytes(): number {
    return this.values.byteLength;
  }
}
