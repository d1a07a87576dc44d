import { describe, expect, it } from 'vitest';
import { HOUR_BUFFER_CAP, HourBuffer } from './hour-buffer.js';

const scratch = new Float64Array(HOUR_BUFFER_CAP);

describe('HourBuffer', () => {
  it('summarises a small hour exactly', () => {
    const b = new HourBuffer();
    for (const v of [10, 12, 11, 50, 9]) b.push(v);
    expect(b.summarize(scratch)).toEqual({ median: 11, mad: 1, count: 5 });
  });

  it('stays bounded at one sample a second and keeps the median of a ramp', () => {
    const b = new HourBuffer();
    for (let i = 0; i < 3600; i++) b.push(i);
    expect(b.bytes).toBe(HOUR_BUFFER_CAP * 4);
    const s = b.summarize(scratch);
    expect(s.count).toBe(3600);
    // Uniform 0..3599: median 1799.5, MAD 900; the evenly spaced subsample is within a stride.
    expect(Math.abs(s.median - 1799.5)).toBeLessThanOrEqual(8);
    expect(Math.abs(s.mad - 900)).toBeLessThanOrEqual(8);
  });

  it('starts over after reset', () => {
    const b = new HourBuffer();
    for (let i = 0; i < 2000; i++) b.push(1000);
    b.reset();
    b.push(1);
    b.push(3);
    expect(b.summarize(scratch)).toEqual({ median: 2, mad: 1, count: 2 });
  });
});
