const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * How long a device has been in its status, compact for a table cell: "< 1 min", "12 min",
 * "3 h 5 min", "2 d 4 h", "45 d". Units read the same in Portuguese and English. Empty when
 * the status has no start (never checked); a start in the future (clock skew) counts as now.
 */
export function formatSince(since: string | null, now: number): string {
  if (since === null) return '';
  const start = Date.parse(since);
  if (Number.isNaN(start)) return '';
  const ms = Math.max(0, now - start);
  if (ms < MINUTE) return '< 1 min';
  if (ms < HOUR) return `${Math.floor(ms / MINUTE)} min`;
  if (ms < DAY) {
    const h = Math.floor(ms / HOUR);
    const m = Math.floor((ms % HOUR) / MINUTE);
    return m === 0 ? `${h} h` : `${h} h ${m} min`;
  }
  const d = Math.floor(ms / DAY);
  if (d >= 10) return `${d} d`;
  const h = Math.floor((ms % DAY) / HOUR);
  return h === 0 ? `${d} d` : `${d} d ${h} h`;
}
