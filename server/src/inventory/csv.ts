import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

/** The columns of the device CSV, in export order. Import accepts any order and subset with name, host and type. */
export const CSV_COLUMNS = [
  'name', 'host', 'type', 'vendor', 'model', 'tower', 'parent', 'enabled', 'tags', 'notes', 'latency_threshold_ms',
  'snmp_version', 'snmp_community', 'snmp_port', 'snmp_username', 'snmp_auth_protocol', 'snmp_auth_key', 'snmp_priv_protocol', 'snmp_priv_key',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];
export type CsvRecord = Partial<Record<CsvColumn, string>>;

/** Where a field of an import row comes from in the CSV, for error messages. */
export const FIELD_TO_COLUMN: Record<string, CsvColumn> = {
  latencyThresholdMs: 'latency_threshold_ms',
  'snmp.version': 'snmp_version',
  'snmp.community': 'snmp_community',
  'snmp.port': 'snmp_port',
  'snmp.username': 'snmp_username',
  'snmp.authProtocol': 'snmp_auth_protocol',
  'snmp.authKey': 'snmp_auth_key',
  'snmp.privProtocol': 'snmp_priv_protocol',
  'snmp.privKey': 'snmp_priv_key',
};

export type ParsedCsv<R = CsvRecord> =
  | { ok: true; rows: { line: number; record: R }[] }
  | { ok: false; line: number; message: string };

/**
 * Reads a CSV of the given columns (any order and subset): header case and BOM ignored, cells
 * trimmed, one `'` taken off formula cells (see neutraliseCell); each row with its line number.
 */
export function parseCsv<C extends string>(text: string, columns: readonly C[]): ParsedCsv<Partial<Record<C, string>>> {
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
  const unknown = Object.keys(first).filter((k) => !(columns as readonly string[]).includes(k));
  if (unknown.length > 0) return { ok: false, line: 1, message: `Unknown column(s): ${unknown.join(', ')}. Allowed: ${columns.join(', ')}` };
  return { ok: true, rows: records.map((r) => ({ line: r.info.lines, record: unneutraliseRecord(r.record) as Partial<Record<C, string>> })) };
}

export const parseDeviceCsv = (text: string): ParsedCsv => parseCsv(text, CSV_COLUMNS);

/**
 * OWASP's rule against CSV injection: a cell a spreadsheet would read as a formula (starting with
 * `=`, `+`, `-`, `@`, tab or CR) is exported with a `'` in front, so `=HYPERLINK(…)` shows as text.
 * Cells already starting with quotes before such a character get one more, so the import, which
 * takes exactly one `'` off, gives back the stored value: export → import changes nothing.
 */
const FORMULA = /^'*[=+\-@\t\r]/;
export const neutraliseCell = (cell: string) => (FORMULA.test(cell) ? `'${cell}` : cell);
export const unneutraliseCell = (cell: string) => (/^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell);
const unneutraliseRecord = (record: Record<string, string>) =>
  Object.fromEntries(Object.entries(record).map(([k, v]) => [k, unneutraliseCell(v)]));

const TRUE = new Set(['true', '1', 'yes', 'y', 'sim', 's']);
const FALSE = new Set(['false', '0', 'no', 'n', 'não', 'nao']);

/**
 * A CSV record as the JSON import row it stands for, before validation: tags split on `;`,
 * SNMP columns folded into one `snmp` object. Values that do not convert (enabled=maybe) are
 * passed through as they are so validation names them.
 */
export function csvRecordToRow(r: CsvRecord): Record<string, unknown> {
  const v = (k: CsvColumn) => (r[k] === undefined || r[k] === '' ? undefined : r[k]);
  const has = (k: CsvColumn) => r[k] !== undefined; // the column is in the file
  const row: Record<string, unknown> = {};
  for (const k of ['name', 'host', 'type'] as const) if (v(k) !== undefined) row[k] = v(k);
  // Optional fields: a blank cell clears the value, a missing column keeps it (on update).
  for (const k of ['vendor', 'model', 'tower', 'parent', 'notes'] as const) if (has(k)) row[k] = v(k) ?? null;
  const enabled = v('enabled')?.toLowerCase();
  if (enabled !== undefined) row.enabled = TRUE.has(enabled) ? true : FALSE.has(enabled) ? false : enabled;
  if (has('latency_threshold_ms')) {
    const threshold = v('latency_threshold_ms');
    row.latencyThresholdMs = threshold === undefined ? null : /^\d+$/.test(threshold) ? Number(threshold) : threshold;
  }
  if (has('tags')) row.tags = (v('tags') ?? '').split(';').map((t) => t.trim()).filter(Boolean);
  if (has('snmp_version')) {
    const version = v('snmp_version');
    if (version === undefined) {
      row.snmp = null;
    } else {
      const port = v('snmp_port');
      const snmp: Record<string, unknown> = { version, ...(port !== undefined && { port: /^\d+$/.test(port) ? Number(port) : port }) };
      if (version === '3') {
        for (const [col, key] of [
          ['snmp_username', 'username'],
          ['snmp_auth_protocol', 'authProtocol'],
          ['snmp_auth_key', 'authKey'],
          ['snmp_priv_protocol', 'privProtocol'],
          ['snmp_priv_key', 'privKey'],
        ] as const) if (v(col) !== undefined) snmp[key] = key.endsWith('Protocol') ? v(col)!.toLowerCase() : v(col);
      } else if (v('snmp_community') !== undefined) snmp.community = v('snmp_community');
      row.snmp = snmp;
    }
  }
  return row;
}

export function toCsv(records: CsvRecord[]): string {
  return stringify(records, { header: true, columns: [...CSV_COLUMNS], cast: { string: neutraliseCell } });
}
