import { dateTimeFormat, numberFormat, relativeTimeFormat } from './intl-cache';

export function formatDateTime(iso: string | null, locale: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'short' }).format(date);
}

export function formatCoordinate(value: number): string {
  return value.toFixed(5);
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
];

/** "5 minutes ago" / "há 5 minutos". */
export function formatRelative(iso: string | null, locale: string, now: number = Date.now()): string {
  if (!iso) return '';
  const time = new Date(iso).getTime();
  if (Number.isNaN(time)) return iso;
  const seconds = Math.round((time - now) / 1000);
  const format = relativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size || unit === 'second') return format.format(Math.round(seconds / size), unit);
  }
  return '';
}

export function formatMs(value: number | null, locale: string): string {
  if (value === null) return '—';
  return `${numberFormat(locale, { maximumFractionDigits: value < 10 ? 2 : 1 }).format(value)} ms`;
}

export function formatPercent(value: number | null, locale: string): string {
  if (value === null) return '—';
  return `${numberFormat(locale, { maximumFractionDigits: 1 }).format(value)}%`;
}

export function formatTime(iso: string, locale: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(date);
}
