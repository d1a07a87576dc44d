import { stringify } from 'csv-stringify/sync';
import { neutraliseCell, parseCsv, type ParsedCsv } from './csv.js';

/** The columns of the tower CSV, in export order. Import accepts any order and subset with name. */
export const TOWER_CSV_COLUMNS = ['name', 'code', 'latitude', 'longitude', 'uplink', 'address', 'notes'] as const;
export type TowerCsvColumn = (typeof TOWER_CSV_COLUMNS)[number];
export type TowerCsvRecord = Partial<Record<TowerCsvColumn, string>>;
/** Coordinates are written as numbers: a number is not a formula, so `-22.9` needs no quote. */
export type TowerCsvOut = Partial<Record<TowerCsvColumn, string | number>>;

/** The equipment CSV's reading rules (header case, BOM, trimming, one `'` off formula cells). */
export const parseTowerCsv = (text: string): ParsedCsv<TowerCsvRecord> => parseCsv(text, TOWER_CSV_COLUMNS);

/** `-22,9` (a Brazilian spreadsheet's decimal comma) reads as -22.9. */
const NUMBER = /^[-+]?(\d+([.,]\d*)?|[.,]\d+)$/;

/**
 * A CSV record as the import row it stands for, before validation: a column left out is left
 * out (kept on update), a blank cell is null (cleared). Coordinates that are not numbers are
 * passed through as text so validation names them.
 */
export function towerRecordToRow(r: TowerCsvRecord): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  if (r.name !== undefined && r.name !== '') row.name = r.name;
  for (const k of ['code', 'uplink', 'address', 'notes'] as const) if (r[k] !== undefined) row[k] = r[k] === '' ? null : r[k];
  for (const k of ['latitude', 'longitude'] as const) {
    const v = r[k];
    if (v !== undefined) row[k] = v === '' ? null : NUMBER.test(v) ? Number(v.replace(',', '.')) : v;
  }
  return row;
}

export function towersToCsv(records: TowerCsvOut[]): string {
  return stringify(records, { header: true, columns: [...TOWER_CSV_COLUMNS], cast: { string: neutraliseCell, number: (n) => String(n) } });
}
