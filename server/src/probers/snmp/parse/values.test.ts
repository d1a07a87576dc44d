import { describe, expect, it } from 'vitest';
import { parseSnmprec } from '../snmprec.js';
import { hasAny, macFromOctets, macFromValue, percent, releaseOf, scalarInt, scalarText, snr, strongest, text } from './values.js';

const rec = (...lines: string[]) => parseSnmprec(lines.join('\n'));

describe('parser value helpers', () => {
  it('turns the recordings’ redactions and empty strings into null', () => {
    const map = rec('1.3.6.1.2.1.1.5.0|4|<private>', '1.3.6.1.2.1.1.6.0|4|', '1.3.6.1.2.1.1.4.0|4| noc@example.net ');
    expect(text(map, '1.3.6.1.2.1.1.5.0')).toBeNull();
    expect(text(map, '1.3.6.1.2.1.1.6.0')).toBeNull();
    expect(text(map, '1.3.6.1.2.1.1.4.0')).toBe('noc@example.net');
    expect(text(map, '1.3.6.1.2.1.1.1.0')).toBeNull();
  });

  it('reads scalars at .0 and at the .1 the AF60 agent uses', () => {
    const map = rec('1.3.6.1.4.1.41112.1.11.1.1.2.1|2|69120', '1.3.6.1.4.1.41112.1.10.1.3.2.0|4|airFiber 5XHD');
    expect(scalarInt(map, '1.3.6.1.4.1.41112.1.11.1.1.2')).toBe(69120);
    expect(scalarText(map, '1.3.6.1.4.1.41112.1.10.1.3.2')).toBe('airFiber 5XHD');
    expect(scalarInt(map, '1.3.6.1.4.1.41112.1.11.1.1.3')).toBeNull();
  });

  it('reads a MAC from index octets or from a value, raw or as text', () => {
    expect(macFromOctets('24.232.41.30.48.222'.split('.'))).toBe('18:e8:29:1e:30:de');
    expect(macFromOctets(['1', '2', '3'])).toBeNull();
    expect(macFromOctets(['1', '2', '3', '4', '5', '256'])).toBeNull();
    const map = rec('1.1|4x|B869F47F4170', '1.2|4|78:8a:20:43:A9:B9', '1.3|4|not a mac', '1.4|4x|B869F47F');
    expect(macFromValue(map.get('1.1'))).toBe('b8:69:f4:7f:41:70');
    expect(macFromValue(map.get('1.2'))).toBe('78:8a:20:43:a9:b9');
    expect(macFromValue(map.get('1.3'))).toBeNull();
    expect(macFromValue(map.get('1.4'))).toBeNull(); // four bytes
  });

  it('keeps the release of a vendor version string and drops the build stamp', () => {
    expect(releaseOf('XC.qca955x.v8.5.1.37185.180307.0931')).toBe('8.5.1');
    expect(releaseOf('.v1.1.1-BETA2.00015.180314.0503')).toBe('1.1.1-BETA2');
    expect(releaseOf('GP.ipq806x.v2.6.0-RC.46590.211230.1238')).toBe('2.6.0-RC');
    expect(releaseOf('v4.0.3')).toBe('4.0.3');
    expect(releaseOf('something else')).toBe('something else');
    expect(releaseOf(null)).toBeNull();
  });

  it('combines radio figures without inventing any', () => {
    expect(snr(-69, -103)).toBe(34);
    expect(snr(-69, null)).toBeNull();
    expect(strongest(-47, -48)).toBe(-47);
    expect(strongest(null, -48)).toBe(-48);
    expect(strongest(null, null)).toBeNull();
    expect(percent(92)).toBe(92);
    expect(percent(333)).toBeNull();
  });

  it('tells whether a walked subtree answered', () => {
    const map = rec('1.3.6.1.4.1.41112.1.4.5.1.5.1|2|-69');
    expect(hasAny(map, ['1.3.6.1.4.1.41112.1.4.5'])).toBe(true);
    expect(hasAny(map, ['1.3.6.1.4.1.41112.1.4.1', '1.3.6.1.4.1.41112.1.4.50'])).toBe(false);
  });
});
