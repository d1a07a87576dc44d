import { describe, expect, it } from 'vitest';
import { formatSince } from './format-since';

const NOW = Date.parse('2026-12-07T12:00:00Z');
const ago = (ms: number) => new Date(NOW - ms).toISOString();
const MIN = 60_000;

describe('formatSince', () => {
  it('says how long, compactly, from seconds to weeks', () => {
    expect(formatSince(ago(20_000), NOW)).toBe('< 1 min');
    expect(formatSince(ago(12 * MIN), NOW)).toBe('12 min');
    expect(formatSince(ago(60 * MIN), NOW)).toBe('1 h');
    expect(formatSince(ago(185 * MIN), NOW)).toBe('3 h 5 min');
    expect(formatSince(ago(52 * 60 * MIN), NOW)).toBe('2 d 4 h');
    expect(formatSince(ago(48 * 60 * MIN), NOW)).toBe('2 d');
    expect(formatSince(ago(45 * 24 * 60 * MIN + 3 * 60 * MIN), NOW)).toBe('45 d');
  });

  it('is empty without a start and treats a start in the future as now', () => {
    expect(formatSince(null, NOW)).toBe('');
    expect(formatSince('garbage', NOW)).toBe('');
    expect(formatSince(new Date(NOW + 5 * MIN).toISOString(), NOW)).toBe('< 1 min');
  });
});
