import { invalid } from './errors.js';

/** History times are stored as 32-bit unix seconds. */
const MAX_T = 2 ** 31 - 1;

/**
 * The range a chart asks for, in unix seconds: `to` defaults to now and `from` to a day
 * before it. Times the history cannot hold, or a range that ends before it starts, are a 400
 * naming the field.
 */
export function seriesWindow(q: { from?: string; to?: string }, now = Math.floor(Date.now() / 1000)): { from: number; to: number; now: number } {
  const to = q.to ? Math.floor(Date.parse(q.to) / 1000) : now;
  const from = q.from ? Math.floor(Date.parse(q.from) / 1000) : to - 86_400;
  if (to < 0 || to > MAX_T) throw invalid('VALIDATION', 'to', 'to must be between 1970 and 2038');
  if (from < 0 || from > MAX_T) throw invalid('VALIDATION', 'from', 'from must be between 1970 and 2038');
  if (from >= to) throw invalid('VALIDATION', 'from', 'from must be before to');
  return { from, to, now };
}
