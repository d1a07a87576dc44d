/**
 * Hours are numbered from the epoch in UTC (hour h starts at h·HOUR_MS). With a fixed UTC
 * offset, the same local hour of an earlier day is exactly 24·k hours back, so the seasonal
 * slot needs no calendar library: a day type is the only thing that needs local time.
 */
export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

export const hourIndex = (at: number): number => Math.floor(at / HOUR_MS);

/** Local weekday of the start of hour h, 0 = Sunday (1970-01-01 was a Thursday). */
export function localWeekday(h: number, utcOffsetMinutes: number): number {
  const day = Math.floor((h * HOUR_MS + utcOffsetMinutes * 60_000) / DAY_MS);
  return (((day + 4) % 7) + 7) % 7;
}

export function isWeekendHour(h: number, utcOffsetMinutes: number): boolean {
  const wd = localWeekday(h, utcOffsetMinutes);
  return wd === 0 || wd === 6;
}

/** The most days of one type (weekend or weekday) that any `windowDays` consecutive days hold. */
export function maxDaysOfType(weekend: boolean, windowDays: number): number {
  const perWeek = weekend ? 2 : 5;
  return perWeek * Math.floor(windowDays / 7) + Math.min(windowDays % 7, perWeek);
}
