import type { Kysely } from 'kysely';
import { Compile } from 'typebox/compile';
import type { Database } from '../db/types.js';
import { toRecord, type DeviceRecord, type DevicesRepo } from '../db/repos/devices.js';
import type { TowersRepo } from '../db/repos/towers.js';
import { ImportRow, type ImportLineError } from '../http/routes/devices/schema.js';
import { toFieldErrors } from '../http/validation-errors.js';
import { compileTrim } from '../http/trim.js';
import { conflict } from '../http/errors.js';
import { registerFormats } from '../http/formats.js';
import { csvRecordToRow, FIELD_TO_COLUMN, parseDeviceCsv, toCsv, type CsvRecord } from './csv.js';
import { findCycle } from './dependencies.js';
import { mergeSnmp } from './snmp-settings.js';
import { canonicalType } from './roles.js';
import { blankToNull, isUniqueViolation, normaliseHost } from './devices-service.js';

export const MAX_IMPORT_ROWS = 50_000;
const CHUNK = 500;

export type ImportOutcome = { ok: true; created: number; updated: number } | { ok: false; lines: ImportLineError[] };

interface Planned {
  line: number;
  host: string;
  parentHost: string | null;
  record: Omit<DeviceRecord, 'parentId'>;
  existingId: number | null;
}


/**
 * Bulk import, all or nothing: every row is validated and every reference resolved before
 * anything is written; then one transaction writes it all. A host that exists is updated.
 */
export function createImportService(deps: { db: Kysely<Database>; devices: DevicesRepo; towers: TowersRepo; onChange?: () => void }) {
  registerFormats();
  const checkRow = Compile(ImportRow);
  const trimRow = compileTrim(ImportRow)!;

  async function importRows(input: { line: number; row: unknown }[], columnOf: (field: string) => string): Promise<ImportOutcome> {
    if (input.length === 0) return { ok: false, lines: [{ line: 1, message: 'No rows to import' }] };
    if (input.length > MAX_IMPORT_ROWS) {
      return { ok: false, lines: [{ line: 1, message: `At most ${MAX_IMPORT_ROWS} rows per import; got ${input.length}` }] };
    }
    const errors: ImportLineError[] = [];
    const [graph, towerIds] = await Promise.all([deps.devices.loadGraph(), deps.towers.lookupTable()]);
    const seen = new Map<string, number>();
    const valid: { line: number; row: ImportRow }[] = [];
    for (const { line, row } of input) {
      // Names are trimmed before validation, as in the API's bodies.
      const fieldErrors = toFieldErrors(checkRow.Errors(trimRow(row)));
      if (fieldErrors.length > 0) {
        for (const f of fieldErrors) errors.push({ line, field: columnOf(f.field), message: f.message });
        continue;
      }
      const r = row as ImportRow;
      const host = normaliseHost(r.host);
      const dup = seen.get(host);
      if (dup !== undefined) errors.push({ line, field: columnOf('host'), message: `host ${host} is also on line ${dup}` });
      else seen.set(host, line);
      valid.push({ line, row: r });
    }
    const existingIds = valid.map((v) => graph.hosts.get(normaliseHost(v.row.host))).filter((id): id is number => id !== undefined);
    const stored = new Map((await deps.devices.recordsByIds(existingIds)).map((r) => [r.id, toRecord(r)]));

    const hostOfId = new Map([...graph.hosts].map(([h, id]) => [id, h]));
    const plans: Planned[] = [];
    for (const { line, row } of valid) {
      const host = normaliseHost(row.host);
      const existingId = graph.hosts.get(host) ?? null;
      const before = existingId === null ? undefined : stored.get(existingId);
      // A column (or JSON key) left out keeps the stored value; present but blank clears it.
      const given = (key: keyof ImportRow) => key in row;
      let towerId = before?.towerId ?? null;
      if (given('tower')) {
        const tower = blankToNull(row.tower);
        towerId = tower === null ? null : (towerIds.get(tower.toLowerCase()) ?? null);
        if (tower !== null && towerId === null) errors.push({ line, field: columnOf('tower'), message: `no tower named or coded "${tower}"` });
      }
      let parentHost = before?.parentId ? (hostOfId.get(before.parentId) ?? null) : null;
      if (given('parent')) {
        parentHost = blankToNull(row.parent) === null ? null : normaliseHost(row.parent!);
        if (parentHost === host) errors.push({ line, field: columnOf('parent'), message: 'a device cannot depend on itself' });
        else if (parentHost !== null && !seen.has(parentHost) && !graph.hosts.has(parentHost)) {
          errors.push({ line, field: columnOf('parent'), message: `no device with host ${parentHost} in the inventory or this file` });
        }
      }
      const snmp = mergeSnmp(before?.snmp ?? null, given('snmp') ? row.snmp : undefined);
      if (!snmp.ok) errors.push({ line, field: columnOf(snmp.field), message: snmp.message });
      const text = (key: 'vendor' | 'model' | 'notes') => (given(key) ? blankToNull(row[key]) : (before?.[key] ?? null));
      plans.push({
        line,
        host,
        parentHost,
        existingId,
        record: {
          name: row.name.trim(),
          host,
          type: canonicalType(row.type),
          vendor: text('vendor'),
          model: text('model'),
          towerId,
          enabled: row.enabled ?? before?.enabled ?? true,
          tags: given('tags') ? [...new Set(row.tags ?? [])] : (before?.tags ?? []),
          notes: text('notes'),
          latencyThresholdMs: given('latencyThresholdMs') ? (row.latencyThresholdMs ?? null) : (before?.latencyThresholdMs ?? null),
          snmp: snmp.ok ? snmp.value : null,
        },
      });
    }
    if (errors.length > 0) return { ok: false, lines: errors.sort((a, b) => a.line - b.line) };

    // Cycle check on the graph as it will be: new rows get temporary negative ids.
    const idOf = new Map(graph.hosts);
    plans.forEach((p, i) => p.existingId === null && idOf.set(p.host, -(i + 1)));
    const lineOf = new Map<number, number>();
    for (const p of plans) {
      const id = idOf.get(p.host)!;
      lineOf.set(id, p.line);
      graph.devices.set(id, { parentId: p.parentHost === null ? null : idOf.get(p.parentHost)!, towerId: p.record.towerId });
    }
    const cycle = findCycle(graph);
    if (cycle) {
      const lines = cycle.map((id) => lineOf.get(id)).filter((l): l is number => l !== undefined);
      return {
        ok: false,
        lines: lines.map((line) => ({ line, field: columnOf('parent'), message: `dependency cycle through lines ${lines.join(', ')}` })),
      };
    }
    return write(plans, graph.hosts);
  }

  async function write(plans: Planned[], hosts: Map<string, number>): Promise<ImportOutcome> {
    await writeAll(plans, hosts).catch((err: unknown) => {
      // Another import or create took a host between our check and our insert: a conflict, not a fault.
      if (isUniqueViolation(err)) throw conflict('DUPLICATE_HOST', 'Another import or device created one of these hosts meanwhile; nothing was imported', 'host');
      throw err;
    });
    deps.onChange?.();
    const created = plans.filter((p) => p.existingId === null).length;
    return { ok: true, created, updated: plans.length - created };
  }

  async function writeAll(plans: Planned[], hosts: Map<string, number>) {
    await deps.db.transaction().execute(async (tx) => {
      const ids = new Map(hosts);
      // New devices go in by layers, parents before children, so each insert knows its parent's id.
      let pending = plans.filter((p) => p.existingId === null);
      while (pending.length > 0) {
        const ready = pending.filter((p) => p.parentHost === null || ids.has(p.parentHost));
        const values = ready.map((p) => ({ ...p.record, parentId: p.parentHost === null ? null : ids.get(p.parentHost)! }));
        for (let i = 0; i < values.length; i += CHUNK) {
          for (const r of await deps.devices.insertMany(values.slice(i, i + CHUNK), tx)) ids.set(r.host, r.id);
        }
        pending = pending.filter((p) => !ready.includes(p));
      }
      for (const p of plans) {
        if (p.existingId === null) continue;
        await deps.devices.update(p.existingId, { ...p.record, parentId: p.parentHost === null ? null : ids.get(p.parentHost)! }, tx);
      }
    });
  }

  return {
    importJson: (rows: unknown[]) => importRows(rows.map((row, i) => ({ line: i + 1, row })), (f) => f),
    async importCsv(text: string): Promise<ImportOutcome> {
      const parsed = parseDeviceCsv(text);
      if (!parsed.ok) return { ok: false, lines: [{ line: parsed.line, message: parsed.message }] };
      return importRows(
        parsed.rows.map(({ line, record }) => ({ line, row: csvRecordToRow(record) })),
        (f) => FIELD_TO_COLUMN[f] ?? f,
      );
    },
    async exportCsv(): Promise<string> {
      const rows = await deps.devices.exportRows();
      return toCsv(
        rows.map((r): CsvRecord => {
          const d = toRecord(r);
          const s = d.snmp;
          return {
            name: d.name,
            host: d.host,
            type: d.type,
            vendor: d.vendor ?? '',
            model: d.model ?? '',
            tower: r.tower_code ?? r.tower_name ?? '',
            parent: r.parent_host ?? '',
            enabled: String(d.enabled),
            tags: d.tags.join(';'),
            notes: d.notes ?? '',
            latency_threshold_ms: d.latencyThresholdMs === null ? '' : String(d.latencyThresholdMs),
            // Secrets are write-only: exported blank, and a blank secret on import keeps the stored one.
            snmp_version: s?.version ?? '',
            snmp_port: s?.port !== undefined ? String(s.port) : '',
            snmp_username: s?.version === '3' ? s.username : '',
            snmp_auth_protocol: s?.version === '3' ? s.authProtocol : '',
            snmp_priv_protocol: s?.version === '3' ? (s.privProtocol ?? '') : '',
          };
        }),
      );
    },
  };
}
export type ImportService = ReturnType<typeof createImportService>;
