import type { Device } from '@server/http/routes/devices/schema.js';

type TreeDevice = Pick<Device, 'id' | 'name' | 'type' | 'effectiveParentId' | 'status'>;

export interface DeviceNode<T extends TreeDevice> {
  device: T;
  /** Infrastructure (and anything with dependents of its own) hanging off this device. */
  children: DeviceNode<T>[];
  /** Customer stations hanging off it: shown as one collapsible group, worst first. */
  customers: T[];
}

export interface DeviceTree<T extends TreeDevice> {
  /** Devices whose effective parent is not on this tower: the uplink first. */
  roots: DeviceNode<T>[];
  /** Stations with no parent on this tower. */
  customers: T[];
}

const isOut = (d: TreeDevice) => d.status === 'down' || d.status === 'unreachable';
const byName = (a: TreeDevice, b: TreeDevice) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base', numeric: true });
/** Customers without service first, then by name. */
const customersFirstOut = (a: TreeDevice, b: TreeDevice) => Number(isOut(b)) - Number(isOut(a)) || byName(a, b);

export const customersOut = (customers: readonly TreeDevice[]): number => customers.filter(isOut).length;

/**
 * The tower's devices as their dependency tree (parent → children, by effective parent), with
 * leaf stations grouped under their access point so forty customers are one line until opened.
 */
export function buildDeviceTree<T extends TreeDevice>(devices: readonly T[], uplinkId: number | null): DeviceTree<T> {
  const byId = new Map(devices.map((d) => [d.id, d]));
  const kids = new Map<number, T[]>();
  const top: T[] = [];
  for (const d of devices) {
    const parent = d.effectiveParentId;
    if (parent === null || parent === d.id || !byId.has(parent)) top.push(d);
    else kids.set(parent, [...(kids.get(parent) ?? []), d]);
  }
  const seen = new Set<number>();
  const node = (device: T): DeviceNode<T> => {
    seen.add(device.id);
    const under = (kids.get(device.id) ?? []).filter((k) => !seen.has(k.id));
    const leafCustomer = (k: T) => k.type === 'station' && !kids.has(k.id);
    const customers = under.filter(leafCustomer).sort(customersFirstOut);
    for (const c of customers) seen.add(c.id);
    return { device, children: under.filter((k) => !leafCustomer(k)).sort(byName).map(node), customers };
  };
  const rootCustomers = top.filter((d) => d.type === 'station' && !kids.has(d.id));
  const roots = top
    .filter((d) => !rootCustomers.includes(d))
    .sort((a, b) => Number(b.id === uplinkId) - Number(a.id === uplinkId) || byName(a, b))
    .map(node);
  // A cycle inside the tower (refused by the API) leaves devices no root reaches: show them anyway.
  for (const d of devices) if (!seen.has(d.id) && !rootCustomers.includes(d)) roots.push(node(d));
  return { roots, customers: rootCustomers.sort(customersFirstOut) };
}
