import { describe, expect, it } from 'vitest';
import { hourIndex, isWeekendHour, localWeekday, maxDaysOfType } from './calendar.js';

describe('calendar arithmetic', () => {
  it('weekday and weekend in local time, not UTC', () => {
    // 2024-01-06 is a Saturday. At UTC-3, 02:00 UTC is still Friday 23:00 local.
    expect(localWeekday(hourIndex(Date.UTC(2024, 0, 6, 2)), -180)).toBe(5);
    expect(isWeekendHour(hourIndex(Date.UTC(2024, 0, 6, 2)), -180)).toBe(false);
    expect(isWeekendHour(hourIndex(Date.UTC(2024, 0, 6, 3)), -180)).toBe(true);
    // Monday 02:00 UTC is still Sunday local.
    expect(isWeekendHour(hourIndex(Date.UTC(2024, 0, 8, 2)), -180)).toBe(true);
    expect(localWeekday(hourIndex(Date.UTC(2024, 0, 8, 3)), -180)).toBe(1);
    // East of UTC: Friday 22:00 UTC is Saturday 01:00 at UTC+3.
    expect(isWeekendHour(hourIndex(Date.UTC(2024, 0, 5, 22)), 180)).toBe(true);
  });

  it('works before the epoch', () => {
    expect(localWeekday(hourIndex(Date.UTC(1969, 11, 31, 12)), 0)).toBe(3); // a Wednesday
  });

  it('the most days of a type a window can hold', () => {
    expect(maxDaysOfType(true, 7)).toBe(2);
    expect(maxDaysOfType(false, 7)).toBe(5);
    expect(maxDaysOfType(true, 21)).toBe(6);
    expect(maxDaysOfType(true, 9)).toBe(4);
    expect(maxDaysOfType(false, 3)).toBe(3);
  });
});
