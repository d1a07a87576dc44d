import type { InventorySnapshot } from '../../../inventory/snapshot.js';
import { upstreamOf } from '../../../monitoring/incidents/incidents-service.js';
import type { NamedDevice } from './schema.js';

// Names by id, built once per snapshot (it lives until the inventory changes): a page of
// devices or events then costs a lookup each, not a pass over 20,000 devices.
const namesBySnapshot = new WeakMap<InventorySnapshot, Map<number, string>>();

/** The device an `upstream|<id>|<status>` reason points at, by name; null for other reasons or a deleted device. */
export function reasonDevice(snap: InventorySnapshot, reason: string | null): NamedDevice | null {
  const id = upstreamOf(reason);
  if (id === null) return null;
  let names = namesBySnapshot.get(snap);
  if (!names) namesBySnapshot.set(snap, (names = new Map(snap.devices.map((d) => [d.id, d.name]))));
  const name = names.get(id);
  return name === undefined ? null : { id, name };
}
