import type { MetricKind } from './options.js';

export interface Episode {
  key: string;
  kind: MetricKind;
  /** The first anomalous point of the run that started it. */
  startedAt: number;
  /** The last anomalous point, once ended. */
  endedAt: number | null;
  direction: 'up' | 'down';
  /** The z of largest magnitude, with its sign. */
  peakZ: number;
  /** value, expected and spread at the peak. */
  value: number;
  expected: number;
  spread: number;
}

export type EpisodeChange = 'started' | 'ended' | null;

/**
 * Turns per-point verdicts into episodes: minConsecutive anomalous points in one direction
 * start one, minConsecutive points that are not (normal, unscored, or the other direction)
 * end it. Noise gives isolated points; a page needs a run.
 */
export class EpisodeTracker {
  private runDirection = 0;
  private runLength = 0;
  private runStart = 0;
  private runPeakZ = 0;
  private runValue = 0;
  private runExpected = 0;
  private runSpread = 0;
  private open: Episode | null = null;
  private lastAnomalousAt = 0;
  private quiet = 0;
  /** The episode the last step belongs to (or just ended), for the verdict. */
  current: Episode | null = null;

  constructor(
    private readonly key: string,
    private readonly kind: MetricKind,
  ) {}

  /** z is null when the point had no baseline; anomalous is the per-point test. */
  step(at: number, value: number, z: number | null, anomalous: boolean, expected: number, spread: number, minConsecutive: number): EpisodeChange {
    const direction = anomalous && z !== null ? (z > 0 ? 1 : -1) : 0;
    if (direction === 0) {
      this.runDirection = 0;
      this.runLength = 0;
    } else if (direction === this.runDirection) {
      this.runLength++;
    } else {
      this.runDirection = direction;
      this.runLength = 1;
      this.runStart = at;
      this.runPeakZ = 0;
    }
    if (direction !== 0 && Math.abs(z!) > Math.abs(this.runPeakZ)) {
      this.runPeakZ = z!;
      this.runValue = value;
      this.runExpected = expected;
      this.runSpread = spread;
    }

    const ep = this.open;
    if (ep !== null) {
      if (direction === (ep.direction === 'up' ? 1 : -1)) {
        this.quiet = 0;
        this.lastAnomalousAt = at;
        if (Math.abs(z!) > Math.abs(ep.peakZ)) {
          ep.peakZ = z!;
          ep.value = value;
          ep.expected = expected;
          ep.spread = spread;
        }
        this.current = ep;
        return null;
      }
      if (++this.quiet < minConsecutive) {
        this.current = ep;
        return null;
      }
      ep.endedAt = this.lastAnomalousAt;
      this.open = null;
      this.current = ep;
      return 'ended';
    }
    // Starts only when no episode is open: a run in the other direction first ends the open one.
    if (this.runLength >= minConsecutive) {
      this.open = {
        key: this.key,
        kind: this.kind,
        startedAt: this.runStart,
        endedAt: null,
        direction: this.runDirection > 0 ? 'up' : 'down',
        peakZ: this.runPeakZ,
        value: this.runValue,
        expected: this.runExpected,
        spread: this.runSpread,
      };
      this.quiet = 0;
      this.lastAnomalousAt = at;
      this.current = this.open;
      return 'started';
    }
    this.current = null;
    return null;
  }

  /** The open episode, if any, without stepping (for points that are not scored at all). */
  get openEpisode(): Episode | null {
    return this.open;
  }
}
