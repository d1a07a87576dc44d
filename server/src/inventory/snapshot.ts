import type { DevicesRepo } from '../db/repos/devices.js';
import type { DeviceType, SnmpSettings } from '../http/routes/devices/schema.js';
import { effectiveParent, type DependencyGraph } from './dependencies.js';

export interface MonitoredDevice {
  id: number;
  name: string;
  host: string;
  type: DeviceType;
  enabled: boolean;
  latencyThresholdMs: number | null;
  /** With secrets: only the SNMP poller reads these. */
  snmp: SnmpSettings | null;
}

export interface InventorySnapshot {
  devices: MonitoredDevice[];
  graph: DependencyGraph;
  parentOf: (id: number) => number | null;
}

/**
 * The inventory as the engine sees it, loaded once and kept until a write invalidates it,
 * so a round at 20,000 devices does not re-read the devices table.
 */
export function createInventorySnapshot(devices: DevicesRepo) {
  let cached: Promise<InventorySnapshot> | null = null;
  const listeners = new Set<() => void>();
  async function load(): Promise<InventorySnapshot> {
    const view = await devices.monitoringView();
    const graph: DependencyGraph = {
      devices: new Map(view.devices.map((d) => [d.id, { parentId: d.parent_id, towerId: d.tower_id }])),
      uplinks: new Map(view.towers.map((t) => [t.id, t.uplink_device_id])),
    };
    return {
      devices: view.devices.map((d) => ({ id: d.id, name: d.name, host: d.host, type: d.type as DeviceType, enabled: Boolean(d.enabled), latencyThresholdMs: d.latency_threshold_ms, snmp: d.snmp ? (JSON.parse(d.snmp) as SnmpSettings) : null })),
      graph,
      parentOf: (id) => effectiveParent(graph, id),
    };
  }
  return {
    get: () => (cached ??= load().catch((err: unknown) => {
      cached = null;
      throw err;
    })),
    invalidate: () => {
      cached = null;
      for (const l of listeners) l();
    },
    /** Calls `listener` after each write that changed the inventory (tower status follows it). */
    onInvalidate(listener: () => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
export type InventorySnapshotCache = ReturnType<typeof createInventorySnapshot>;
