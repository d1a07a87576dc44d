/** The windows a history chart offers (latency, traffic, wireless), ending now. */
export const TIME_RANGES = ['1h', '24h', '7d', '30d'] as const;
export type TimeRange = (typeof TIME_RANGES)[number];

const HOUR = 3_600_000;
export const RANGE_MS: Record<TimeRange, number> = { '1h': HOUR, '24h': 24 * HOUR, '7d': 7 * 24 * HOUR, '30d': 30 * 24 * HOUR };

export const isTimeRange = (value: string): value is TimeRange => (TIME_RANGES as readonly string[]).includes(value);

/** `from`/`to` for a window ending at the moment of the fetch, so a live refetch slides it forward. */
export function windowEndingNow(range: TimeRange): { from: string; to: string } {
  const to = Date.now();
  return { from: new Date(to - RANGE_MS[range]).toISOString(), to: new Date(to).toISOString() };
}

const SHORT_RANGES: readonly TimeRange[] = ['1h', '24h'];

/** Axis ticks: clock time on short windows, the day on long ones. */
export const timeTickFormat = (range: TimeRange, locale: string): Intl.DateTimeFormat =>
  new Intl.DateTimeFormat(locale, SHORT_RANGES.includes(range) ? { hour: '2-digit', minute: '2-digit' } : { day: '2-digit', month: '2-digit' });
