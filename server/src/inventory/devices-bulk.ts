import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/types.js';
import type { DevicesRepo } from '../db/repos/devices.js';
import type { DeviceBulk } from '../http/routes/devices/schema.js';
import { invalid } from '../http/errors.js';
import { assertNoCycle } from './devices-service.js';

/** SQLite refuses more than 32,766 parameters in one statement; ids go in chunks well under it. */
const CHUNK = 500;
const chunks = (ids: number[]) => Array.from({ length: Math.ceil(ids.length / CHUNK) }, (_, i) => ids.slice(i * CHUNK, (i + 1) * CHUNK));

/**
 * One action on a selection of devices, in one transaction: every id must exist and every
 * reference be valid, or nothing changes. Moves and parents are checked for dependency cycles
 * over the whole graph after the change, like a single edit.
 */
export function createDevicesBulk(deps: { db: Kysely<Database>; devices: DevicesRepo; onChange?: () => void }) {
  const { db, devices } = deps;

  async function assertAllExist(tx: Transaction<Database>, ids: number[]) {
    const found = new Set<number>();
    for (const part of chunks(ids)) for (const r of await tx.selectFrom('devices').select('id').where('id', 'in', part).execute()) found.add(r.id);
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length > 0) throw invalid('UNKNOWN_DEVICE', 'ids', `Devices ${missing.join(', ')} do not exist`);
  }

  async function setColumns(tx: Transaction<Database>, ids: number[], set: { enabled?: number; tower_id?: number | null; parent_id?: number | null }) {
    const at = new Date().toISOString();
    for (const part of chunks(ids)) await tx.updateTable('devices').set({ ...set, updated_at: at }).where('id', 'in', part).execute();
  }

  /** Applies the change to the graph as it will be, then looks for a cycle. */
  async function assertNoCycleAfter(tx: Transaction<Database>, ids: number[], change: { towerId?: number | null; parentId?: number | null }, field: string) {
    const graph = await devices.loadGraph(tx);
    for (const id of ids) {
      const d = graph.devices.get(id)!;
      graph.devices.set(id, { parentId: change.parentId !== undefined ? change.parentId : d.parentId, towerId: change.towerId !== undefined ? change.towerId : d.towerId });
    }
    assertNoCycle(graph, field);
  }

  return {
    /** Returns how many devices changed (or got a window); `by` names who opened maintenance. */
    async apply(input: DeviceBulk, by: string, now = Date.now()): Promise<number> {
      const ids = input.ids;
      await db.transaction().execute(async (tx) => {
        await assertAllExist(tx, ids);
        switch (input.action) {
          case 'enable':
          case 'disable':
            await setColumns(tx, ids, { enabled: input.action === 'enable' ? 1 : 0 });
            break;
          case 'move': {
            if (input.towerId !== null && !(await tx.selectFrom('towers').select('id').where('id', '=', input.towerId).executeTakeFirst())) {
              throw invalid('UNKNOWN_TOWER', 'towerId', `Tower ${input.towerId} does not exist`);
            }
            await assertNoCycleAfter(tx, ids, { towerId: input.towerId }, 'towerId');
            await setColumns(tx, ids, { tower_id: input.towerId });
            break;
          }
          case 'parent': {
            if (input.parentId !== null) {
              if (ids.includes(input.parentId)) throw invalid('DEPENDENCY_CYCLE', 'parentId', 'A device cannot depend on itself');
              if (!(await tx.selectFrom('devices').select('id').where('id', '=', input.parentId).executeTakeFirst())) {
                throw invalid('UNKNOWN_PARENT', 'parentId', `Device ${input.parentId} does not exist`);
              }
            }
            await assertNoCycleAfter(tx, ids, { parentId: input.parentId }, 'parentId');
            await setColumns(tx, ids, { parent_id: input.parentId });
            break;
          }
          case 'maintenance': {
            const startsAt = new Date(now).toISOString();
            const endsAt = new Date(now + input.durationMinutes * 60_000).toISOString();
            const reason = input.reason?.trim() || null;
            for (const part of chunks(ids)) {
              await tx
                .insertInto('maintenance_windows')
                .values(part.map((id) => ({ scope: 'device', target_id: id, starts_at: startsAt, ends_at: endsAt, recurrence: null, reason, created_by: by, created_at: startsAt })))
                .execute();
            }
            break;
          }
        }
      });
      if (input.action !== 'maintenance') deps.onChange?.();
      return ids.length;
    },
  };
}
export type DevicesBulk = ReturnType<typeof createDevicesBulk>;
