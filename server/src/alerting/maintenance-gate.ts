import type { MaintenanceRepo } from '../db/repos/maintenance.js';
import type { InventorySnapshotCache } from '../inventory/snapshot.js';
import type { EventBus } from '../monitoring/event-bus.js';
import { activeMaintenance, type MaintenanceWindow } from './maintenance.js';

/** How long the windows read from the database are trusted before being read again. */
const RELOAD_MS = 30_000;

/**
 * Answers "is this device in maintenance now?" for alerting and the device views, from the
 * windows kept in memory: re-read every 30 s and at once after a change through the API or
 * the bot (`changed()`, which also tells the live stream).
 */
export function createMaintenanceGate(deps: { repo: Pick<MaintenanceRepo, 'list'>; inventory: Pick<InventorySnapshotCache, 'get'>; bus?: EventBus; now?: () => number }) {
  const now = deps.now ?? Date.now;
  let windows: MaintenanceWindow[] = [];
  let loadedAt = -Infinity;
  let loading: Promise<void> | null = null;

  async function fresh() {
    if (now() - loadedAt < RELOAD_MS) return;
    loading ??= deps.repo
      .list({}, now())
      .then((w) => {
        windows = w;
        loadedAt = now();
      })
      .finally(() => {
        loading = null;
      });
    await loading;
  }

  return {
    /** Whether a window covers the device at `at`; null asks for what belongs to no device: only global windows. */
    async covers(deviceId: number | null, at: number): Promise<boolean> {
      await fresh();
      const active = activeMaintenance(windows, at);
      return deviceId === null ? active.global : active.has(deviceId, (await deps.inventory.get()).graph);
    },
    /** Every device a window covers at `at` (for lists: one pass over the windows). */
    async coveredIds(ids: number[], at = now()): Promise<Set<number>> {
      await fresh();
      const active = activeMaintenance(windows, at);
      const graph = (await deps.inventory.get()).graph;
      return new Set(ids.filter((id) => active.has(id, graph)));
    },
    /** Every device in the inventory a window covers now. */
    async coveredNow(at = now()): Promise<number[]> {
      await fresh();
      const active = activeMaintenance(windows, at);
      const graph = (await deps.inventory.get()).graph;
      return [...graph.devices.keys()].filter((id) => active.has(id, graph));
    },
    changed() {
      loadedAt = -Infinity;
      deps.bus?.emit('maintenance.changed', { at: now() });
    },
  };
}
export type MaintenanceGate = ReturnType<typeof createMaintenanceGate>;
