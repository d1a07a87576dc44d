const UNITS: [unit: 'day' | 'hour' | 'minute' | 'second', ms: number][] = [
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
  ['second', 1_000],
];

/** "2 h 5 min", "3 dias 4 h", "45 s": the largest unit and the next one, in the locale's words. */
export function formatDuration(ms: number, locale: string): string {
  const total = Math.max(0, Math.round(ms / 1000) * 1000);
  const first = UNITS.findIndex(([, size]) => total >= size);
  if (first === -1) return format(0, 'second', locale);
  const [unit, size] = UNITS[first]!;
  const whole = Math.floor(total / size);
  const parts = [format(whole, unit, locale)];
  const next = UNITS[first + 1];
  if (next) {
    const n = Math.floor((total - whole * size) / next[1]);
    if (n > 0) parts.push(format(n, next[0], locale));
  }
  return parts.join(' ');
}

const format = (n: number, unit: string, locale: string) => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' }).format(n);
