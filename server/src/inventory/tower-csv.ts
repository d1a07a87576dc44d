import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { neutraliseCell, unneutraliseCell } from './csv.js';

/** The columns of the tower CSV, in export order. Import accepts any order and subset with name. */
export const TOWER_CSV_COLUMNS = ['name', 'code', 'latitude', 'longitude', 'uplink', 'address', 'notes'] as const;
export type TowerCsvColumn = (typeof TOWER_CSV_COLUMNS)[number];
export type TowerCsvRecord = Partial<Record<TowerCsvColumn, string>>;
/** Coordinates are written as numbers: a number is not a formula, so `-22.9` needs no quote. */
export type TowerCsvOut = Partial<Record<TowerCsvColumn, string | number>>;

export type ParsedTowerCsv =
  | { ok: true; rows: { line: number; record: TowerCsvRecord }[] }
  | { ok: false; line: number; message: string };

/** The equipment CSV's reading rules (header case, BOM, trimming, one `'` off formula cells). */
export function parseTowerCsv(text: string): ParsedTowerCsv {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      bom: true,
      info: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: false,
    });
  } catch (err) {
    const e = err as { lines?: number; message: string };
    return { ok: false, line: e.lines ?? 1, message: e.message };
  }
  const first = records[0]?.record ?? {};
  const unknown = Object.keys(first).filter((k) => !(TOWER_CSV_COLUMNS as readonly string[]).includes(k));
  if (unknown.length > 0) return { ok: false, line: 1, message: `Unknown column(s): ${unknown.join(', ')}. Allowed: ${TOWER_CSV_COLUMNS.join(', ')}` };
  return {
    ok: true,
    rows: records.map((r) => ({ line: r.info.lines, record: Object.fromEntries(Object.entries(r.record).map(([k, v]) => [k, unneutraliseCell(v)])) })),
  };
}

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
