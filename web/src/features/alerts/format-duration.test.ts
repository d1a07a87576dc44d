import { describe, expect, it } from 'vitest';
import { formatDuration } from './format-duration';

const MIN = 60_000;
const H = 60 * MIN;

describe('formatDuration', () => {
  it('writes the largest unit and the next one', () => {
    expect(formatDuration(12 * MIN, 'pt-BR')).toBe('12 min');
    expect(formatDuration(2 * H + 5 * MIN, 'pt-BR')).toBe('2 h 5 min');
    expect(formatDuration(2 * H + 5 * MIN + 59_000, 'en')).toBe('2 h 5 min');
    expect(formatDuration(3 * 24 * H + 4 * H + 30 * MIN, 'en')).toBe('3 d 4 h');
    expect(formatDuration(2 * H, 'en')).toBe('2 h');
  });
  it('counts seconds only under a minute, and never below zero', () => {
    expect(formatDuration(45_400, 'pt-BR')).toBe('45 s');
    expect(formatDuration(90_000, 'pt-BR')).toBe('1 min');
    expect(formatDuration(999, 'en')).toBe('0 s');
    expect(formatDuration(-5_000, 'en')).toBe('0 s');
  });
  it('groups large numbers in the locale', () => {
    expect(formatDuration(1200 * 24 * H, 'en')).toBe('1,200 d');
    expect(formatDuration(1200 * 24 * H, 'pt-BR')).toBe('1.200 d');
  });
});
