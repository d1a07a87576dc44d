import type { Language } from '../../alerting/messages.js';
import type { TowerStatusEvent, TowerStatusRepo } from '../../db/repos/tower-status.js';
import type { InventorySnapshot, InventorySnapshotCache, MonitoredDevice } from '../../inventory/snapshot.js';
import { isCustomer } from '../../inventory/roles.js';
import type { EventBus } from '../event-bus.js';
import type { Status } from '../status-machine.js';
import { towerStatus, type TowerDevice, type TowerStatus, type TowerVerdict } from './tower-status.js';

export interface TowerState extends TowerVerdict {
  /** When the tower entered its status (ms); null: never known. */
  since: number | null;
}

/** Who sits on which tower, built once per inventory snapshot. */
interface TowerIndex {
  /** Enabled devices per tower (every tower has an entry). */
  devices: Map<number, MonitoredDevice[]>;
  byId: Map<number, MonitoredDevice>;
  /** device id → its tower (enabled devices on a tower only). */
  towerOf: Map<number, number>;
  /** uplink device id → the towers it is the uplink of (it may sit on another one). */
  uplinkOf: Map<number, number[]>;
  /** The devices that decide each tower's maintenance: its uplink, or with none its infrastructure. */
  maintenanceKeys: Map<number, number[]>;
}

function buildIndex(snap: InventorySnapshot): TowerIndex {
  const devices = new Map<number, MonitoredDevice[]>();
  const byId = new Map<number, MonitoredDevice>();
  const towerOf = new Map<number, number>();
  const uplinkOf = new Map<number, number[]>();
  for (const towerId of snap.graph.uplinks.keys()) devices.set(towerId, []);
  for (const d of snap.devices) {
    if (!d.enabled) continue;
    byId.set(d.id, d);
    const towerId = snap.graph.devices.get(d.id)?.towerId ?? null;
    const list = towerId === null ? undefined : devices.get(towerId);
    if (!list) continue;
    list.push(d);
    towerOf.set(d.id, towerId!);
  }
  const maintenanceKeys = new Map<number, number[]>();
  for (const [towerId, uplinkId] of snap.graph.uplinks) {
    const uplink = uplinkId === null ? undefined : byId.get(uplinkId);
    if (uplink) {
      const towers = uplinkOf.get(uplink.id);
      if (towers) towers.push(towerId);
      else uplinkOf.set(uplink.id, [towerId]);
      maintenanceKeys.set(towerId, [uplink.id]);
    } else maintenanceKeys.set(towerId, devices.get(towerId)!.filter((d) => !isCustomer(d.type)).map((d) => d.id));
  }
  return { devices, byId, towerOf, uplinkOf, maintenanceKeys };
}

const sameVerdict = (a: TowerState, b: TowerVerdict) =>
  a.status === b.status &&
  a.reason === b.reason &&
  a.infraDown === b.infraDown &&
  a.customersDown === b.customersDown &&
  a.customers === b.customers &&
  // A state resumed from a stored event has its text but no parts: the first pass fills them in.
  JSON.stringify(a.reasonParts) === JSON.stringify(b.reasonParts);

/**
 * Keeps every tower's status live: after each round it recomputes the towers whose devices
 * changed status (all of them after an inventory change), checks which towers a maintenance
 * window covers, stores the changes as events and announces them on the bus
 * (`tower.status.changed`). A restart resumes from each tower's last stored event, so it
 * announces nothing that did not change.
 */
export function createTowerTracker(deps: {
  repo: Pick<TowerStatusRepo, 'latest' | 'save'>;
  inventory: Pick<InventorySnapshotCache, 'get' | 'onInvalidate'>;
  status: (deviceId: number) => Status | undefined;
  maintenance: { coveredIds: (ids: number[], at?: number) => Promise<Set<number>> };
  bus: EventBus;
  customersDegradedPercent: number;
  language: Language;
  log: { error: (o: object, m: string) => void };
  now?: () => number;
  /** Wait after an inventory write before recomputing, so a burst of writes costs one pass. */
  settleMs?: number;
}) {
  const now = deps.now ?? Date.now;
  const states = new Map<number, TowerState>();
  const dirtyDevices = new Set<number>();
  const dirtyTowers = new Set<number>();
  let full = true;
  let snapshot: InventorySnapshot | null = null;
  let index: TowerIndex | null = null;
  /** Towers a window covered at the last update. */
  let maintained = new Set<number>();
  let queue: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | null = null;
  let started = false;

  const onStatus = (e: { deviceId: number }) => void dirtyDevices.add(e.deviceId);
  const onRound = (e: { at: number }) => void update(e.at);
  const onMaintenance = () => void update(now());
  const onInventory = () => {
    if (!started || timer) return;
    timer = setTimeout(() => {
      timer = null;
      void update(now());
    }, deps.settleMs ?? 200);
    timer.unref();
  };
  let offInventory = () => {};

  async function recompute(at: number): Promise<void> {
    const snap = await deps.inventory.get();
    if (snap !== snapshot) {
      snapshot = snap;
      index = buildIndex(snap);
      full = true;
    }
    const ix = index!;
    const towers = new Set<number>();
    if (full) for (const id of ix.devices.keys()) towers.add(id);
    else {
      for (const d of dirtyDevices) {
        const own = ix.towerOf.get(d);
        if (own !== undefined) towers.add(own);
        for (const t of ix.uplinkOf.get(d) ?? []) towers.add(t);
      }
    }
    for (const t of dirtyTowers) towers.add(t);
    dirtyDevices.clear();
    dirtyTowers.clear();
    full = false;

    // Windows start and end on the clock: every update asks about the few devices that decide.
    const keys = [...new Set([...ix.maintenanceKeys.values()].flat())];
    const covered = await deps.maintenance.coveredIds(keys, now());
    const nowMaintained = new Set<number>();
    for (const [towerId, ids] of ix.maintenanceKeys) if (ids.length > 0 && ids.every((id) => covered.has(id))) nowMaintained.add(towerId);
    for (const t of nowMaintained) if (!maintained.has(t)) towers.add(t);
    for (const t of maintained) if (!nowMaintained.has(t)) towers.add(t);
    maintained = nowMaintained;

    const view = (d: MonitoredDevice): TowerDevice => ({ id: d.id, name: d.name, type: d.type, status: deps.status(d.id) ?? 'unknown', maintenance: covered.has(d.id) });
    const events: TowerStatusEvent[] = [];
    const next = new Map<number, TowerState>();
    for (const towerId of towers) {
      const list = ix.devices.get(towerId);
      if (!list) continue;
      const uplinkId = snap.graph.uplinks.get(towerId) ?? null;
      const uplink = uplinkId === null ? undefined : ix.byId.get(uplinkId);
      const verdict = towerStatus({ uplink: uplink ? view(uplink) : null, devices: list.map(view) }, deps.customersDegradedPercent, deps.language);
      const before = states.get(towerId) ?? { status: 'unknown' as TowerStatus, since: null, reason: null, reasonParts: [], infraDown: 0, customersDown: 0, customers: 0 };
      if (verdict.status !== before.status) {
        // A round is stamped with its start, a maintenance change with the moment it happened:
        // never let a tower's events go back in time.
        const when = Math.max(at, before.since ?? at);
        events.push({ towerId, at: when, from: before.status, to: verdict.status, reason: verdict.reason, infraDown: verdict.infraDown, customersDown: verdict.customersDown, customers: verdict.customers });
        next.set(towerId, { ...verdict, since: when });
      } else if (!sameVerdict(before, verdict)) next.set(towerId, { ...verdict, since: before.since });
    }
    for (const id of states.keys()) if (!ix.devices.has(id)) states.delete(id);
    try {
      await deps.repo.save(events);
    } catch (err) {
      // Not stored, so not applied: the next update tries these towers again.
      for (const e of events) {
        next.delete(e.towerId);
        dirtyTowers.add(e.towerId);
      }
      for (const [id, s] of next) states.set(id, s);
      deps.log.error({ err, towers: events.length }, 'tower status changes not stored; retrying at the next update');
      return;
    }
    for (const [id, s] of next) states.set(id, s);
    for (const e of events) deps.bus.emit('tower.status.changed', e);
  }

  /** Runs a recompute after any running one (never two at once); failures are logged. */
  function update(at: number): Promise<void> {
    queue = queue.then(() => recompute(at)).catch((err: unknown) => deps.log.error({ err }, 'tower status update failed'));
    return queue;
  }

  return {
    /** Resumes each tower's last stored status, computes the current one and starts following changes. */
    async start() {
      for (const e of await deps.repo.latest()) {
        states.set(e.towerId, { status: e.to, since: e.at, reason: e.reason, reasonParts: [], infraDown: e.infraDown, customersDown: e.customersDown, customers: e.customers });
      }
      deps.bus.on('status.changed', onStatus);
      deps.bus.on('round.completed', onRound);
      deps.bus.on('maintenance.changed', onMaintenance);
      offInventory = deps.inventory.onInvalidate(onInventory);
      started = true;
      await update(now());
    },
    stop() {
      started = false;
      if (timer) clearTimeout(timer);
      timer = null;
      offInventory();
      deps.bus.off('status.changed', onStatus);
      deps.bus.off('round.completed', onRound);
      deps.bus.off('maintenance.changed', onMaintenance);
      return queue;
    },
    update,
    /** Resolves once the updates asked for so far are done (tests). */
    idle: () => queue,
    /** Brings the statuses up to date with the inventory (a tower just created, a device moved) before a read. */
    async fresh(): Promise<void> {
      if ((await deps.inventory.get()) !== snapshot) await update(now());
      else await queue;
    },
    get: (towerId: number): TowerState => states.get(towerId) ?? { status: 'unknown', since: null, reason: null, reasonParts: [], infraDown: 0, customersDown: 0, customers: 0 },
  };
}
export type TowerTracker = ReturnType<typeof createTowerTracker>;
