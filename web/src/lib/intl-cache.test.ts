import { describe, expect, it } from 'vitest';
import { dateTimeFormat, numberFormat } from './intl-cache';

describe('kept Intl formatters', () => {
  it('gives the same formatter for the same locale and options, and formats as toLocaleString does', () => {
    const options = { dateStyle: 'short', timeStyle: 'short' } as const;
    expect(dateTimeFormat('pt-BR', options)).toBe(dateTimeFormat('pt-BR', { dateStyle: 'short', timeStyle: 'short' }));
    expect(dateTimeFormat('en', options)).not.toBe(dateTimeFormat('pt-BR', options));
    const date = new Date('2026-12-07T21:45:00Z');
    expect(dateTimeFormat('pt-BR', options).format(date)).toBe(date.toLocaleString('pt-BR', options));
    expect(numberFormat('pt-BR', { maximumFractionDigits: 1 }).format(1234.56)).toBe((1234.56).toLocaleString('pt-BR', { maximumFractionDigits: 1 }));
    expect(numberFormat('pt-BR', { maximumFractionDigits: 2 })).not.toBe(numberFormat('pt-BR', { maximumFractionDigits: 1 }));
  });
});
