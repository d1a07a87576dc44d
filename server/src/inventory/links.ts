import type { DeviceType } from '../http/routes/devices/schema.js';
import { effectiveParent, type DependencyGraph } from './dependencies.js';
import { isCustomer } from './roles.js';

/**
 * A backhaul link between two towers: a device whose effective parent sits on another tower
 * (a PtP radio pair, a fibre uplink). `from` is the parent's tower (towards the core), `to` the
 * device's own tower. The device is the link's measured end, so its id is the link's id.
 */
export interface LinkEnds {
  deviceId: number;
  parentId: number;
  fromTowerId: number;
  toTowerId: number;
}

/** Which of several devices stands for a tower whose uplink is on another tower: radios first. */
const RANK: Partial<Record<DeviceType, number>> = { ptp: 0, router: 1, switch: 2 };
const rank = (type: DeviceType | undefined) => (type === undefined ? 9 : (RANK[type] ?? 3));

/**
 * Every link of the graph, ordered by device id. Pure, O(devices): run once per inventory
 * snapshot. Not links: devices without a tower, parents on the same tower or on none, and
 * customer stations (a subscriber on another tower's access point is not backhaul). A device
 * that depends on its tower's uplink only through that tower (no parent of its own), while the
 * uplink sits on another tower, is that tower's link; of several such devices one stands for it
 * (a ptp radio, else a router, a switch, else the lowest id), and none when a device of the
 * tower already names that uplink as its explicit parent.
 */
export function deriveLinks(graph: DependencyGraph, typeOf: (id: number) => DeviceType | undefined): LinkEnds[] {
  const explicit: LinkEnds[] = [];
  /** tower id → the device standing for the tower's cross-tower uplink */
  const inherited = new Map<number, LinkEnds>();
  for (const [id, d] of graph.devices) {
    const type = typeOf(id);
    if (d.towerId === null || (type !== undefined && isCustomer(type))) continue;
    const parentId = effectiveParent(graph, id);
    if (parentId === null) continue;
    const fromTowerId = graph.devices.get(parentId)?.towerId ?? null;
    if (fromTowerId === null || fromTowerId === d.towerId) continue;
    const link = { deviceId: id, parentId, fromTowerId, toTowerId: d.towerId };
    if (d.parentId !== null) {
      explicit.push(link);
      continue;
    }
    const best = inherited.get(d.towerId);
    if (!best || rank(type) < rank(typeOf(best.deviceId)) || (rank(type) === rank(typeOf(best.deviceId)) && id < best.deviceId)) inherited.set(d.towerId, link);
  }
  const named = new Set(explicit.map((l) => `${l.toTowerId}:${l.parentId}`));
  const out = [...explicit, ...[...inherited.values()].filter((l) => !named.has(`${l.toTowerId}:${l.parentId}`))];
  return out.sort((a, b) => a.deviceId - b.deviceId);
}
