import type { Kysely } from 'kysely';
import { Compile } from 'typebox/compile';
import type { Database } from '../db/types.js';
import type { DevicesRepo } from '../db/repos/devices.js';
import { toTowerFields, type TowerFields, type TowerRowsRepo } from '../db/repos/tower-rows.js';
import type { ImportLineError } from '../http/routes/devices/schema.js';
import { TowerImportRow } from '../http/routes/tower-csv/schema.js';
import { toFieldErrors } from '../http/validation-errors.js';
import { compileTrim } from '../http/trim.js';
import { conflict } from '../http/errors.js';
import { registerFormats } from '../http/formats.js';
import { findCycle } from './dependencies.js';
import { blankToNull, isUniqueViolation, normaliseHost } from './devices-service.js';
import { MAX_IMPORT_ROWS, type ImportOutcome } from './import-service.js';
import { parseTowerCsv, towerRecordToRow, towersToCsv } from './tower-csv.js';

const CHUNK = 500;

interface Planned {
  line: number;
  existingId: number | null;
  fields: TowerFields;
}

/**
 * Tower import, all or nothing like the equipment import: every row is checked and matched
 * before anything is written, then one transaction writes them all.
 */
export function createTowerImportService(deps: { db: Kysely<Database>; towerRows: TowerRowsRepo; devices: DevicesRepo; onChange?: () => void }) {
  registerFormats();
  const checkRow = Compile(TowerImportRow);
  const trimRow = compileTrim(TowerImportRow)!;

  async function importRows(input: { line: number; row: unknown }[]): Promise<ImportOutcome> {
    if (input.length === 0) return { ok: false, lines: [{ line: 1, message: 'No rows to import' }] };
    if (input.length > MAX_IMPORT_ROWS) {
      return { ok: false, lines: [{ line: 1, message: `At most ${MAX_IMPORT_ROWS} rows per import; got ${input.length}` }] };
    }
    const [stored, graph] = await Promise.all([deps.towerRows.all(), deps.devices.loadGraph()]);
    const byCode = new Map(stored.filter((t) => t.code !== null).map((t) => [t.code!.toLowerCase(), t]));
    const byName = new Map<string, typeof stored>();
    for (const t of stored) byName.set(t.name.toLowerCase(), [...(byName.get(t.name.toLowerCase()) ?? []), t]);

    const errors: ImportLineError[] = [];
    const fail = (line: number, field: string, message: string) => errors.push({ line, field, message });
    const codeLine = new Map<string, number>();
    const nameLine = new Map<string, number>();
    const targetLine = new Map<number, number>();
    const plans: Planned[] = [];
    for (const { line, row } of input) {
      // Names are trimmed before validation, as in the API's bodies.
      const fieldErrors = toFieldErrors(checkRow.Errors(trimRow(row)));
      if (fieldErrors.length > 0) {
        for (const f of fieldErrors) fail(line, f.field, f.message);
        continue;
      }
      const r = row as TowerImportRow;
      const given = (key: keyof TowerImportRow) => key in r;
      const name = r.name.trim();
      const code = blankToNull(r.code);

      // The same tower twice in one file: by code, or by name among rows without a code.
      const key = code === null ? name.toLowerCase() : code.toLowerCase();
      const seen = code === null ? nameLine : codeLine;
      const dup = seen.get(key);
      if (dup !== undefined) fail(line, code === null ? 'name' : 'code', `${code === null ? `name "${name}"` : `code "${code}"`} is also on line ${dup}`);
      else seen.set(key, line);

      // Which stored tower the row is: its code's, else the one of that name (without another code).
      const named = (byName.get(name.toLowerCase()) ?? []).filter((t) => code === null || t.code === null);
      let existing = code === null ? undefined : byCode.get(code.toLowerCase());
      if (!existing && named.length > 1) {
        fail(line, 'name', `${named.length} towers are named "${name}"; give this row the code of the one it means`);
        continue;
      }
      existing ??= named[0];
      if (existing && dup === undefined) {
        const other = targetLine.get(existing.id);
        if (other !== undefined) fail(line, code === null ? 'name' : 'code', `is the same tower as line ${other}`);
        else targetLine.set(existing.id, line);
      }

      const before = existing ? toTowerFields(existing) : undefined;
      const coordinate = (key: 'latitude' | 'longitude') => {
        const value = given(key) ? r[key] : before?.[key];
        if (value === undefined) fail(line, key, `${key} is required for a new tower`);
        return value ?? 0;
      };
      let uplinkDeviceId = before?.uplinkDeviceId ?? null;
      let pendingUplinkHost = before?.pendingUplinkHost ?? null;
      if (given('uplink')) {
        const host = blankToNull(r.uplink) === null ? null : normaliseHost(r.uplink!);
        uplinkDeviceId = host === null ? null : (graph.hosts.get(host) ?? null);
        // Not in the inventory yet: the equipment file that creates it may come next.
        pendingUplinkHost = host !== null && uplinkDeviceId === null ? host : null;
      }
      const text = (key: 'address' | 'notes') => (given(key) ? blankToNull(r[key]) : (before?.[key] ?? null));
      plans.push({
        line,
        existingId: existing?.id ?? null,
        fields: {
          name,
          code: given('code') ? code : (before?.code ?? null),
          latitude: coordinate('latitude'),
          longitude: coordinate('longitude'),
          address: text('address'),
          notes: text('notes'),
          uplinkDeviceId,
          pendingUplinkHost,
        },
      });
    }
    if (errors.length > 0) return { ok: false, lines: errors.sort((a, b) => a.line - b.line) };

    // A new tower has no devices, so only a stored tower's new uplink can close a cycle.
    for (const p of plans) if (p.existingId !== null) graph.uplinks.set(p.existingId, p.fields.uplinkDeviceId);
    const cycle = findCycle(graph);
    if (cycle) {
      const inCycle = new Set(cycle);
      const lines = plans.filter((p) => p.fields.uplinkDeviceId !== null && inCycle.has(p.fields.uplinkDeviceId)).map((p) => p.line);
      return { ok: false, lines: lines.map((line) => ({ line, field: 'uplink', message: `this uplink makes a dependency cycle (lines ${lines.join(', ')})` })) };
    }
    return write(plans);
  }

  async function write(plans: Planned[]): Promise<ImportOutcome> {
    await deps.db
      .transaction()
      .execute(async (tx) => {
        const created = plans.filter((p) => p.existingId === null).map((p) => p.fields);
        for (let i = 0; i < created.length; i += CHUNK) await deps.towerRows.insertMany(created.slice(i, i + CHUNK), tx);
        for (const p of plans) if (p.existingId !== null) await deps.towerRows.update(p.existingId, p.fields, tx);
      })
      .catch((err: unknown) => {
        // Another import or the form took a code between our check and our write.
        if (isUniqueViolation(err)) throw conflict('DUPLICATE_CODE', 'Another tower took one of these codes meanwhile; nothing was imported', 'code');
        throw err;
      });
    deps.onChange?.();
    const created = plans.filter((p) => p.existingId === null).length;
    return { ok: true, created, updated: plans.length - created };
  }

  return {
    importJson: (rows: unknown[]) => importRows(rows.map((row, i) => ({ line: i + 1, row }))),
    async importCsv(text: string): Promise<ImportOutcome> {
      const parsed = parseTowerCsv(text);
      if (!parsed.ok) return { ok: false, lines: [{ line: parsed.line, message: parsed.message }] };
      return importRows(parsed.rows.map(({ line, record }) => ({ line, row: towerRecordToRow(record) })));
    },
    async exportCsv(): Promise<string> {
      const rows = await deps.towerRows.exportRows();
      return towersToCsv(
        rows.map((r) => ({
          name: r.name,
          code: r.code ?? '',
          latitude: Number(r.latitude),
          longitude: Number(r.longitude),
          // A pending uplink goes out as it came in, so export → import keeps it waiting.
          uplink: r.uplink_host ?? r.pending_uplink_host ?? '',
          address: r.address ?? '',
          notes: r.notes ?? '',
        })),
      );
    },
  };
}
export type TowerImportService = ReturnType<typeof createTowerImportService>;
