import { describe, expect, it } from 'vitest';
import { medianAndMadInPlace, medianInPlace } from './robust-stats.js';

describe('robust stats', () => {
  it('median of odd and even counts, only the first n values', () => {
    expect(medianInPlace(Float64Array.of(5, 1, 3, 99), 3)).toBe(3);
    expect(medianInPlace(Float64Array.of(4, 1, 3, 2), 4)).toBe(2.5);
    expect(medianInPlace(new Float64Array(0), 0)).toBeNaN();
  });

  it('takes the native sort above 32 values and agrees with a plain sort', () => {
    const xs = Array.from({ length: 101 }, (_, i) => (i * 37) % 101);
    expect(medianInPlace(Float64Array.from(xs), xs.length)).toBe(50);
  });

  it('MAD is raw (unscaled) and ignores one outlier', () => {
    // deviations from 3: 2 1 0 1 97 -> median 1
    expect(medianAndMadInPlace(Float64Array.of(1, 2, 3, 4, 100), 5)).toEqual({ median: 3, mad: 1 });
  });
});
