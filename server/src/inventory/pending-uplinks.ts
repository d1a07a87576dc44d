import type { Kysely } from 'kysely';
import type { Database } from '../db/types.js';
import type { DevicesRepo } from '../db/repos/devices.js';
import type { TowerRowsRepo } from '../db/repos/tower-rows.js';
import { invalid } from '../http/errors.js';
import { findCycle } from './dependencies.js';

type Db = Kysely<Database>;

/**
 * A tower CSV may name as uplink a host that the equipment file, imported after it, creates.
 * The tower keeps that host as pending; the first device written with it becomes the uplink, in
 * the same transaction as the device. A tower whose uplink was set meanwhile keeps it.
 */
export function createPendingUplinks(deps: { db: Db; devices: DevicesRepo; towerRows: TowerRowsRepo }) {
  async function resolve(hosts: string[], d: Db): Promise<void> {
    if (hosts.length === 0) return;
    const waiting = await deps.towerRows.waitingUplinks(d);
    if (waiting.length === 0) return;
    const written = new Set(hosts.map((h) => h.toLowerCase()));
    const matched = waiting.filter((t) => written.has(t.pending_uplink_host!.toLowerCase()));
    if (matched.length === 0) return;
    const graph = await deps.devices.loadGraph(d);
    const uplinks = matched.map((t) => ({ tower: t, deviceId: graph.hosts.get(t.pending_uplink_host!.toLowerCase())! }));
    for (const u of uplinks) graph.uplinks.set(u.tower.id, u.deviceId);
    if (findCycle(graph)) {
      const names = uplinks.map((u) => u.tower.name).join(', ');
      throw invalid('DEPENDENCY_CYCLE', 'uplink', `This device would become the uplink of ${names} and make a dependency cycle; change its parent or the tower's uplink`);
    }
    for (const u of uplinks) await deps.towerRows.setUplink(u.tower.id, u.deviceId, d);
  }

  return {
    resolve,
    /**
     * The devices repo whose writes also resolve pending uplinks: every way a device is created
     * (the form, the API, the equipment import) or gets a new host goes through it.
     */
    resolvingRepo(devices: DevicesRepo): DevicesRepo {
      return {
        ...devices,
        async insertMany(records, d = deps.db) {
          const rows = await devices.insertMany(records, d);
          await resolve(rows.map((r) => r.host), d);
          return rows;
        },
        async update(id, r, d = deps.db) {
          await devices.update(id, r, d);
          if (r.host !== undefined) await resolve([r.host], d);
        },
      };
    },
  };
}
export type PendingUplinks = ReturnType<typeof createPendingUplinks>;
