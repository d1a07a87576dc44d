import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/types.js';
import { presentDevice, toRecord, type DeviceRecord, type DevicesRepo } from '../db/repos/devices.js';
import type { Device, DeviceCreate, DevicePatch } from '../http/routes/devices/schema.js';
import { conflict, HttpError, invalid, notFound } from '../http/errors.js';
import { findCycle, type DependencyGraph } from './dependencies.js';
import { mergeSnmp } from './snmp-settings.js';
import { canonicalType } from './roles.js';

export const normaliseHost = (host: string) => host.trim().toLowerCase();
/** Trimmed text, or null when empty. */
export const blankToNull = (v: string | null | undefined) => (v === undefined || v === null || v.trim() === '' ? null : v.trim());

/** Raises DEPENDENCY_CYCLE when the graph, after a change, has a cycle. */
export function assertNoCycle(graph: DependencyGraph, field = 'parentId') {
  const cycle = findCycle(graph);
  if (cycle) throw invalid('DEPENDENCY_CYCLE', field, `This would make a dependency cycle between devices ${cycle.join(' → ')}`);
}

export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; message?: string };
  return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || /UNIQUE constraint failed/.test(e?.message ?? '');
}

export function createDevicesService(deps: { db: Kysely<Database>; devices: DevicesRepo; onChange?: () => void }) {
  const { db, devices } = deps;

  async function checkReferences(tx: Transaction<Database>, id: number | null, r: Pick<DeviceRecord, 'towerId' | 'parentId'>) {
    if (r.towerId !== null) {
      const t = await tx.selectFrom('towers').select('id').where('id', '=', r.towerId).executeTakeFirst();
      if (!t) throw invalid('UNKNOWN_TOWER', 'towerId', `Tower ${r.towerId} does not exist`);
    }
    if (r.parentId !== null) {
      if (r.parentId === id) throw invalid('DEPENDENCY_CYCLE', 'parentId', 'A device cannot depend on itself');
      const p = await tx.selectFrom('devices').select('id').where('id', '=', r.parentId).executeTakeFirst();
      if (!p) throw invalid('UNKNOWN_PARENT', 'parentId', `Device ${r.parentId} does not exist`);
    }
  }

  async function write<T>(fn: (tx: Transaction<Database>) => Promise<T>): Promise<T> {
    try {
      const result = await db.transaction().execute(fn);
      deps.onChange?.();
      return result;
    } catch (err) {
      if (isUniqueViolation(err)) throw conflict('DUPLICATE_HOST', 'Another device already has this host', 'host');
      throw err;
    }
  }

  async function get(id: number): Promise<Device> {
    const row = await devices.byId(id);
    if (!row) throw notFound('Device');
    return presentDevice(row);
  }

  return {
    get,
    async create(input: DeviceCreate): Promise<Device> {
      const snmp = mergeSnmp(null, input.snmp);
      if (!snmp.ok) throw invalid('VALIDATION', snmp.field, snmp.message);
      const record: DeviceRecord = {
        name: input.name.trim(),
        host: normaliseHost(input.host),
        type: canonicalType(input.type),
        vendor: blankToNull(input.vendor),
        model: blankToNull(input.model),
        towerId: input.towerId ?? null,
        parentId: input.parentId ?? null,
        enabled: input.enabled ?? true,
        tags: [...new Set((input.tags ?? []).map((t) => t.trim()))],
        notes: blankToNull(input.notes),
        latencyThresholdMs: input.latencyThresholdMs ?? null,
        snmp: snmp.value,
      };
      const id = await write(async (tx) => {
        if (await devices.byHost(record.host, tx)) throw conflict('DUPLICATE_HOST', 'Another device already has this host', 'host');
        await checkReferences(tx, null, record);
        // A new device has no dependents, so it cannot close a cycle.
        return devices.insert(record, tx);
      });
      return get(id);
    },
    async update(id: number, patch: DevicePatch): Promise<Device> {
      await write(async (tx) => {
        const row = await devices.recordsByIds([id], tx);
        if (!row[0]) throw notFound('Device');
        const current = toRecord(row[0]);
        const snmp = mergeSnmp(current.snmp, patch.snmp);
        if (!snmp.ok) throw invalid('VALIDATION', snmp.field, snmp.message);
        const changes: Partial<DeviceRecord> = {
          ...(patch.name !== undefined && { name: patch.name.trim() }),
          ...(patch.host !== undefined && { host: normaliseHost(patch.host) }),
          ...(patch.type !== undefined && { type: canonicalType(patch.type) }),
          ...(patch.vendor !== undefined && { vendor: blankToNull(patch.vendor) }),
          ...(patch.model !== undefined && { model: blankToNull(patch.model) }),
          ...(patch.towerId !== undefined && { towerId: patch.towerId }),
          ...(patch.parentId !== undefined && { parentId: patch.parentId }),
          ...(patch.enabled !== undefined && { enabled: patch.enabled }),
          ...(patch.tags !== undefined && { tags: [...new Set(patch.tags.map((t) => t.trim()))] }),
          ...(patch.notes !== undefined && { notes: blankToNull(patch.notes) }),
          ...(patch.latencyThresholdMs !== undefined && { latencyThresholdMs: patch.latencyThresholdMs }),
          ...(patch.snmp !== undefined && { snmp: snmp.value }),
        };
        const next = { ...current, ...changes };
        if (changes.host && changes.host !== current.host) {
          const other = await devices.byHost(changes.host, tx);
          if (other && other.id !== id) throw conflict('DUPLICATE_HOST', 'Another device already has this host', 'host');
        }
        await checkReferences(tx, id, next);
        if (next.parentId !== current.parentId || next.towerId !== current.towerId) {
          const graph = await devices.loadGraph(tx);
          graph.devices.set(id, { parentId: next.parentId, towerId: next.towerId });
          assertNoCycle(graph, changes.parentId !== undefined ? 'parentId' : 'towerId');
        }
        await devices.update(id, changes, tx);
      });
      return get(id);
    },
    async remove(id: number): Promise<void> {
      if (!(await devices.byId(id))) throw notFound('Device');
      await devices.remove(id);
      deps.onChange?.();
    },
  };
}
export type DevicesService = ReturnType<typeof createDevicesService>;
export { HttpError };
