import { describe, expect, it } from 'vitest';
import { BAND_STYLES, DOWN_STYLE, lineStyle, linkLook, utilisationBand } from './link-style';

describe('utilisationBand', () => {
  it('cuts at 50 % and 80 %, the middle band holding both edges', () => {
    expect([0, 12.5, 49.9, 50, 65, 80, 80.1, 100, 140].map(utilisationBand)).toEqual(['low', 'low', 'low', 'mid', 'mid', 'mid', 'high', 'high', 'high']);
  });

  it('is unknown without a figure', () => {
    expect(utilisationBand(null)).toBe('unknown');
    expect(utilisationBand(Number.NaN)).toBe('unknown');
  });
});

describe('linkLook and lineStyle', () => {
  const link = { status: 'up' as const, maintenance: false, utilisationPercent: 30 };

  it('colours by load while the link is up or degraded', () => {
    expect(linkLook(link)).toBe('low');
    expect(linkLook({ ...link, status: 'degraded', utilisationPercent: 91 })).toBe('high');
    expect(linkLook({ ...link, status: 'unknown', utilisationPercent: null })).toBe('unknown');
  });

  it('shows a down link as down whatever it carried, and maintenance before load', () => {
    expect(linkLook({ ...link, status: 'down', utilisationPercent: 10, maintenance: true })).toBe('down');
    expect(linkLook({ ...link, maintenance: true, utilisationPercent: 95 })).toBe('maintenance');
  });

  it('draws fuller links thicker, unknown dashed grey and down red', () => {
    expect(BAND_STYLES.low.weight).toBeLessThan(BAND_STYLES.mid.weight);
    expect(BAND_STYLES.mid.weight).toBeLessThan(BAND_STYLES.high.weight);
    expect(lineStyle('unknown')).toMatchObject({ color: '#64748b', dashArray: '6 6' });
    expect(lineStyle('down')).toBe(DOWN_STYLE);
    expect(DOWN_STYLE.color).toBe('#dc2626');
    expect(lineStyle('high').color).toBe('#dc2626');
  });
});
