import { formatDateTime } from '../../lib/format';

const sameLocalDay = (a: Date, b: Date) => a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();

/** "04/05/2026 22:00 – 23:30", or both dates when the window crosses midnight; local time. */
export function formatWindowRange(startIso: string, endIso: string, locale: string): string {
  const start = new Date(startIso);
  const end = new Date(endIso);
  if (Number.isNaN(start.getTime()) || Number.isNaN(end.getTime())) return `${startIso} – ${endIso}`;
  const endText = sameLocalDay(start, end) ? end.toLocaleTimeString(locale, { timeStyle: 'short' }) : formatDateTime(endIso, locale);
  return `${formatDateTime(startIso, locale)} – ${endText}`;
}
