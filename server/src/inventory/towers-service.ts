import type { Kysely } from 'kysely';
import type { Database } from '../db/types.js';
import { presentTower, type TowersRepo } from '../db/repos/towers.js';
import type { DevicesRepo } from '../db/repos/devices.js';
import type { Tower, TowerCreate, TowerPatch } from '../http/routes/towers/schema.js';
import { conflict, invalid, notFound } from '../http/errors.js';
import { assertNoCycle, isUniqueViolation } from './devices-service.js';

export function createTowersService(deps: { db: Kysely<Database>; towers: TowersRepo; devices: DevicesRepo; onChange?: () => void }) {
  const { towers, devices } = deps;

  async function get(id: number): Promise<Tower> {
    const row = await towers.byId(id);
    if (!row) throw notFound('Tower');
    return presentTower(row);
  }

  async function guard<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      if (isUniqueViolation(err)) throw conflict('DUPLICATE_CODE', 'Another tower already has this code', 'code');
      throw err;
    }
  }

  async function checkUplink(towerId: number | null, uplinkDeviceId: number | null | undefined) {
    if (uplinkDeviceId === undefined || uplinkDeviceId === null) return;
    const graph = await devices.loadGraph();
    if (!graph.devices.has(uplinkDeviceId)) throw invalid('UNKNOWN_DEVICE', 'uplinkDeviceId', `Device ${uplinkDeviceId} does not exist`);
    if (towerId !== null) {
      graph.uplinks.set(towerId, uplinkDeviceId);
      assertNoCycle(graph, 'uplinkDeviceId');
    }
  }

  return {
    get,
    list: async (q?: string) => (await towers.list(q)).map(presentTower),
    async create(input: TowerCreate): Promise<Tower> {
      // A new tower has no devices yet, so its uplink cannot close a cycle.
      await checkUplink(null, input.uplinkDeviceId);
      const id = await guard(() => towers.create(input));
      // The engine's snapshot lists towers and their uplinks (dependencies, tower status).
      deps.onChange?.();
      return get(id);
    },
    async update(id: number, patch: TowerPatch): Promise<Tower> {
      await get(id);
      await checkUplink(id, patch.uplinkDeviceId);
      await guard(() => towers.update(id, patch));
      deps.onChange?.();
      return get(id);
    },
    async remove(id: number): Promise<void> {
      await get(id);
      const n = await towers.countDevices(id);
      if (n > 0) throw conflict('TOWER_HAS_DEVICES', `The tower still has ${n} device(s); move or delete them first`);
      await towers.remove(id);
      deps.onChange?.();
    },
  };
}
export type TowersService = ReturnType<typeof createTowersService>;
