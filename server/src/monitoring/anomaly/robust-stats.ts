/** Scales a MAD to the standard deviation it estimates for normal data. */
export const MAD_SCALE = 1.4826;

type Numbers = Float64Array | Float32Array;

/** Median of a[0..n) (NaN when n = 0). Sorts that prefix in place: callers pass scratch. */
export function medianInPlace(a: Numbers, n: number): number {
  if (n <= 0) return NaN;
  if (n <= 32) {
    // Baselines sort a handful of days; insertion sort beats the native sort's setup there.
    for (let i = 1; i < n; i++) {
      const v = a[i]!;
      let j = i - 1;
      while (j >= 0 && a[j]! > v) {
        a[j + 1] = a[j]!;
        j--;
      }
      a[j + 1] = v;
    }
  } else {
    a.subarray(0, n).sort();
  }
  const mid = n >> 1;
  return n % 2 === 1 ? a[mid]! : (a[mid - 1]! + a[mid]!) / 2;
}

/** Median and raw (unscaled) median absolute deviation of a[0..n); overwrites that prefix. */
export function medianAndMadInPlace(a: Numbers, n: number): { median: number; mad: number } {
  const median = medianInPlace(a, n);
  for (let i = 0; i < n; i++) a[i] = Math.abs(a[i]! - median);
  return { median, mad: medianInPlace(a, n) };
}
