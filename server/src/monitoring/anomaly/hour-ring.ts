import type { HourSource } from './baseline.js';

/** No hour: Int32 minimum, since hour -1 (the last hour of 1969) is a real hour. */
const EMPTY = -2_147_483_648;

/**
 * One series' hourly summaries for the window, slot = hour mod size, with the hour itself
 * stored to tell a current slot from a stale one after gaps. The four columns share one
 * ArrayBuffer: one allocation per series instead of four.
 */
export class HourRing implements HourSource {
  private readonly medians: Float32Array;
  private readonly mads: Float32Array;
  private readonly counts: Uint32Array;
  private readonly hours: Int32Array;

  constructor(readonly size: number) {
    const buffer = new ArrayBuffer(size * 16);
    this.medians = new Float32Array(buffer, 0, size);
    this.mads = new Float32Array(buffer, size * 4, size);
    this.counts = new Uint32Array(buffer, size * 8, size);
    this.hours = new Int32Array(buffer, size * 12, size).fill(EMPTY);
  }

  private slot(h: number): number {
    return ((h % this.size) + this.size) % this.size;
  }

  /** Stores hour h unless the slot already holds a later hour (loads may come in any order). */
  write(h: number, median: number, mad: number, count: number): void {
    const i = this.slot(h);
    if (this.hours[i]! !== EMPTY && this.hours[i]! > h) return;
    this.hours[i] = h;
    this.medians[i] = median;
    this.mads[i] = mad;
    this.counts[i] = Math.min(count, 0xffff_ffff);
  }

  medianAt(h: number): number {
    const i = this.slot(h);
    return this.hours[i] === h ? this.medians[i]! : NaN;
  }

  madAt(h: number): number {
    const i = this.slot(h);
    return this.hours[i] === h ? this.mads[i]! : NaN;
  }

  countAt(h: number): number {
    const i = this.slot(h);
    return this.hours[i] === h ? this.counts[i]! : 0;
  }

  get bytes(): number {
    return this.size * 16;
  }
}
