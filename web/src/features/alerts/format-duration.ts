import { numberFormat } from '../../lib/intl-cache';

const UNITS: [label: string, ms: number][] = [
  ['d', 86_400_000],
  ['h', 3_600_000],
  ['min', 60_000],
  ['s', 1_000],
];

/**
 * How long an alert lasted or has been open, as an on-call technician reads it: "45 s",
 * "12 min", "2 h 5 min", "3 d 4 h" (the largest unit and the next, never seconds past a
 * minute). The same short units in pt-BR and English, as the Telegram messages write them.
 */
export function formatDuration(ms: number, locale: string): string {
  const total = Math.max(0, Math.floor(ms / 1000) * 1000);
  const first = UNITS.findIndex(([, size]) => total >= size);
  if (first === -1) return format(0, 's', locale);
  const [unit, size] = UNITS[first]!;
  const whole = Math.floor(total / size);
  const parts = [format(whole, unit, locale)];
  const next = UNITS[first + 1];
  if (next && next[0] !== 's') {
    const n = Math.floor((total - whole * size) / next[1]);
    if (n > 0) parts.push(format(n, next[0], locale));
  }
  return parts.join(' ');
}

const format = (n: number, unit: string, locale: string) => `${numberFormat(locale).format(n)} ${unit}`;
