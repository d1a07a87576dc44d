import { describe, expect, it } from 'vitest';
import { neutraliseCell, parseDeviceCsv, toCsv, unneutraliseCell } from './csv.js';

describe('CSV formula cells (OWASP CSV injection)', () => {
  it('puts a quote before every cell a spreadsheet would read as a formula, and only those', () => {
    for (const cell of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', '=HYPERLINK("http://evil","x")']) expect(neutraliseCell(cell)).toBe(`'${cell}`);
    for (const cell of ['Core', '10.0.0.1', 'a=b', ' =x', '', "'quoted"]) expect(neutraliseCell(cell)).toBe(cell);
  });

  it('gives back the stored value on import, even one that began with quotes', () => {
    for (const cell of ['=1+1', '-1', "'=1", "''@x", "'plain", 'plain']) expect(unneutraliseCell(neutraliseCell(cell))).toBe(cell);
  });

  it('writes neutralised cells and reads them back as they were', () => {
    const text = toCsv([{ name: '=HYPERLINK("http://evil","x")', host: '10.0.0.1', type: 'ap', notes: '@cmd', tags: '-a;b' }]);
    expect(text.split('\n')[1]).toBe(`"'=HYPERLINK(""http://evil"",""x"")",10.0.0.1,ap,,,,,,'-a;b,'@cmd,,,,,,,,,`);
    const parsed = parseDeviceCsv(text);
    expect(parsed.ok && parsed.rows[0]!.record).toMatchObject({ name: '=HYPERLINK("http://evil","x")', notes: '@cmd', tags: '-a;b' });
  });
});
