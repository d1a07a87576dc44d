import { describe, expect, it } from 'vitest';
import { parseTowerCsv, towerRecordToRow, towersToCsv } from './tower-csv.js';

describe('tower CSV rows', () => {
  it('reads coordinates with a decimal point or a decimal comma, and passes anything else on for validation to name', () => {
    expect(towerRecordToRow({ name: 'T', latitude: '-22,819', longitude: '-47.1072' })).toEqual({ name: 'T', latitude: -22.819, longitude: -47.1072 });
    expect(towerRecordToRow({ name: 'T', latitude: '22°S', longitude: '' })).toEqual({ name: 'T', latitude: '22°S', longitude: null });
  });

  it('leaves a missing column out (kept on update) and makes a blank cell null (cleared)', () => {
    expect(towerRecordToRow({ name: 'T', code: '', uplink: '' })).toEqual({ name: 'T', code: null, uplink: null });
    expect(towerRecordToRow({ name: '', notes: 'x' })).toEqual({ notes: 'x' });
  });

  it('writes text formula cells with a quote, numbers as they are, and reads them back', () => {
    const text = towersToCsv([{ name: '-Torre', code: '=1', latitude: -22.9, longitude: -47, uplink: '', address: '', notes: '@x' }]);
    expect(text.split('\n')[1]).toBe("'-Torre,'=1,-22.9,-47,,,'@x");
    const parsed = parseTowerCsv(text);
    expect(parsed.ok && parsed.rows[0]).toEqual({ line: 2, record: { name: '-Torre', code: '=1', latitude: '-22.9', longitude: '-47', uplink: '', address: '', notes: '@x' } });
  });
});
