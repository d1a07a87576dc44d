import type { NamesRepo } from '../../db/repos/names.js';
import type { Link } from '../../http/routes/links/schema.js';
import type { InventorySnapshot, InventorySnapshotCache } from '../../inventory/snapshot.js';
import { deriveLinks, type LinkEnds } from '../../inventory/links.js';
import type { SnmpDeviceState } from '../snmp/state.js';
import type { Status } from '../status-machine.js';
import { measuredFigures, measuredRecently, NO_FIGURES, withoutMeasures, type LinkFigures } from './link-figures.js';
import { linkStatus } from './link-status.js';

interface NamedLink extends LinkEnds {
  deviceName: string;
  parentName: string;
  fromTowerName: string;
  toTowerName: string;
}

/**
 * The links between towers as the API shows them. The set (and its names) is derived once per
 * inventory snapshot, which a write replaces; status, maintenance and figures come from the
 * in-memory ICMP and SNMP states on each call, so a request after an SNMP cycle sees its figures.
 */
export function createLinksView(deps: {
  inventory: InventorySnapshotCache;
  names: Pick<NamesRepo, 'devices' | 'towers'>;
  snmp: (deviceId: number) => SnmpDeviceState | null;
  status: (deviceId: number) => Status | undefined;
  maintenance: (deviceIds: number[]) => Promise<Set<number>>;
  /**
   * Which links a window covers is kept this long, or until `onMaintenanceChange` fires: the
   * lookup walks each device's ancestors, 0.4 s for 1,500 links at the end of a 500-tower chain.
   * A window that starts on its schedule shows on the links within this time.
   */
  maintenanceTtlMs: number;
  onMaintenanceChange: (listener: () => void) => void;
  /** Figures from a poll older than this are not shown as the link's load now. */
  staleAfterMs: number;
  now?: () => number;
}) {
  const now = deps.now ?? Date.now;
  const derived = new WeakMap<InventorySnapshot, Promise<NamedLink[]>>();
  // A poll replaces the device's state object: its figures are worked out once per poll.
  const measured = new WeakMap<SnmpDeviceState, { figures: LinkFigures; at: string | null }>();
  const measuredOf = (s: SnmpDeviceState) => {
    let m = measured.get(s);
    if (!m) measured.set(s, (m = { figures: measuredFigures(s), at: s.okAt === null ? null : new Date(s.okAt).toISOString() }));
    return m;
  };

  async function load(snap: InventorySnapshot): Promise<NamedLink[]> {
    const types = new Map(snap.devices.map((d) => [d.id, d.type]));
    const ends = deriveLinks(snap.graph, (id) => types.get(id));
    const [devices, towers] = await Promise.all([deps.names.devices(ends.flatMap((l) => [l.deviceId, l.parentId])), deps.names.towers()]);
    return ends.map((l) => ({
      ...l,
      deviceName: devices.get(l.deviceId) ?? '',
      parentName: devices.get(l.parentId) ?? '',
      fromTowerName: towers.get(l.fromTowerId) ?? '',
      toTowerName: towers.get(l.toTowerId) ?? '',
    }));
  }

  let covered: { links: NamedLink[]; at: number; ids: Promise<Set<number>> } | null = null;
  deps.onMaintenanceChange(() => {
    covered = null;
  });
  /** Link devices a window covers (a window over the parent covers its dependents, the device among them). */
  function coveredOf(links: NamedLink[], at: number): Promise<Set<number>> {
    if (covered?.links !== links || at - covered.at >= deps.maintenanceTtlMs) {
      const ids = deps.maintenance(links.map((l) => l.deviceId));
      const entry = { links, at, ids };
      covered = entry;
      ids.catch(() => {
        if (covered === entry) covered = null;
      });
    }
    return covered.ids;
  }

  /** The link set of the current inventory, derived on first use after each inventory change. */
  async function current(): Promise<NamedLink[]> {
    const snap = await deps.inventory.get();
    let links = derived.get(snap);
    if (!links) {
      links = load(snap);
      derived.set(snap, links);
      links.catch(() => derived.delete(snap));
    }
    return links;
  }

  return {
    current,
    async list(filter: { towerId?: number } = {}): Promise<Link[]> {
      const all = await current();
      const links = filter.towerId === undefined ? all : all.filter((l) => l.fromTowerId === filter.towerId || l.toTowerId === filter.towerId);
      const at = now();
      const inMaintenance = await coveredOf(all, at);
      return links.map((l) => {
        const snmp = deps.snmp(l.deviceId);
        const m = snmp ? measuredOf(snmp) : null;
        const figures = !snmp || !m ? NO_FIGURES : measuredRecently(snmp, at, deps.staleAfterMs) ? m.figures : withoutMeasures(m.figures);
        return {
          id: l.deviceId,
          fromTowerId: l.fromTowerId,
          fromTowerName: l.fromTowerName,
          toTowerId: l.toTowerId,
          toTowerName: l.toTowerName,
          deviceId: l.deviceId,
          deviceName: l.deviceName,
          parentId: l.parentId,
          parentName: l.parentName,
          status: linkStatus(deps.status(l.deviceId), deps.status(l.parentId)),
          maintenance: inMaintenance.has(l.deviceId),
          ...figures,
          measuredAt: m?.at ?? null,
          snmpError: snmp?.error ?? null,
        };
      });
    },
  };
}
export type LinksView = ReturnType<typeof createLinksView>;
