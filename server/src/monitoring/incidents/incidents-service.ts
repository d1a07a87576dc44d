import type { Alert } from '../../db/repos/alerts.js';
import type { DeviceStatusRepo } from '../../db/repos/device-status.js';
import type { TowersRepo } from '../../db/repos/towers.js';
import { effectiveParent } from '../../inventory/dependencies.js';
import type { InventorySnapshotCache } from '../../inventory/snapshot.js';
import type { DeviceState } from '../status-machine.js';
import type { TowerStatus } from '../towers/tower-status.js';
import { openIncidents, type Incident, type IncidentDevice } from './incidents.js';

/** The upstream device an `upstream|<id>|<status>` reason names, else null. */
export function upstreamOf(reason: string | null): number | null {
  const [kind, id] = (reason ?? '').split('|');
  const n = Number(id);
  return kind === 'upstream' && Number.isInteger(n) && n > 0 ? n : null;
}

/**
 * What the dashboard's "Now" needs, from the monitor's memory (statuses), the alert engine's
 * (open alerts, acknowledgement) and the inventory snapshot; nothing here writes.
 */
export function createIncidentsService(deps: {
  inventory: InventorySnapshotCache;
  deviceState: (id: number) => DeviceState | undefined;
  openAlerts: () => readonly Alert[];
  towerStatus: (towerId: number) => TowerStatus;
  /** The devices among `ids` a maintenance window covers now. */
  maintenance: (ids: number[]) => Promise<Set<number>>;
  towers: Pick<TowersRepo, 'list'>;
  statuses: Pick<DeviceStatusRepo, 'listEvents'>;
}) {
  async function current() {
    const snap = await deps.inventory.get();
    const devices: IncidentDevice[] = [];
    for (const d of snap.devices) {
      if (!d.enabled) continue;
      const s = deps.deviceState(d.id);
      devices.push({ id: d.id, name: d.name, type: d.type, towerId: snap.graph.devices.get(d.id)?.towerId ?? null, status: s?.status ?? 'unknown', since: s && s.since > 0 ? s.since : null });
    }
    // Only causes can be in maintenance for the verdict: ask about the down devices alone.
    const covered = await deps.maintenance(devices.filter((d) => d.status === 'down').map((d) => d.id));
    for (const d of devices) if (covered.has(d.id)) d.maintenance = true;
    const incidents = openIncidents({ devices, graph: snap.graph, alerts: deps.openAlerts(), towerStatus: deps.towerStatus });
    return { snap, devices: new Map(devices.map((d) => [d.id, d])), incidents };
  }
  const towerNames = async () => new Map((await deps.towers.list()).map((t) => [t.id, t.name]));
  const internetAlert = () => deps.openAlerts().find((a) => a.kind === 'internet' && a.resolvedAt === null);

  return {
    /** The open root causes, worst first, with names. */
    async list() {
      const [{ incidents, devices }, names] = await Promise.all([current(), towerNames()]);
      const internet = internetAlert();
      return incidents.map((i) => present(i, devices, names, internet));
    },
    /** Everything an incident takes out (its causes first), or null when it is over. */
    async affected(key: string) {
      const [{ incidents, devices }, names] = await Promise.all([current(), towerNames()]);
      const incident = incidents.find((i) => i.key === key);
      if (!incident) return null;
      const causes = new Set(incident.causes);
      return incident.affected
        .map((id) => devices.get(id)!)
        .sort((a, b) => Number(causes.has(b.id)) - Number(causes.has(a.id)) || a.name.localeCompare(b.name, undefined, { numeric: true }))
        .map((d) => ({ ...deviceRef(d), tower: d.towerId === null ? null : { id: d.towerId, name: names.get(d.towerId) ?? '' }, since: d.since, cause: causes.has(d.id) }));
    },
    /**
     * Status changes, newest first, each with the device it depends on by name: the one its
     * reason names, or for a return from `unreachable`, its parent now. The web groups them.
     */
    async changes(limit: number) {
      const [events, snap] = await Promise.all([deps.statuses.listEvents({ limit }), deps.inventory.get()]);
      const names = new Map(snap.devices.map((d) => [d.id, d.name]));
      return events.map((e) => {
        const up = upstreamOf(e.reason) ?? (e.from === 'unreachable' ? effectiveParent(snap.graph, e.deviceId) : null);
        return { ...e, upstream: up === null || !names.has(up) ? null : { id: up, name: names.get(up)! } };
      });
    },
  };
}
export type IncidentsService = ReturnType<typeof createIncidentsService>;

const deviceRef = (d: IncidentDevice) => ({ id: d.id, name: d.name, type: d.type, status: d.status });

/** Names in place of ids; at most a few causes listed (an internet outage may file many). */
const MAX_CAUSES = 5;
function present(i: Incident, devices: Map<number, IncidentDevice>, towerNames: Map<number, string>, internet: Alert | undefined) {
  return {
    key: i.key,
    kind: i.kind,
    tower: i.towerId === null ? null : { id: i.towerId, name: towerNames.get(i.towerId) ?? '' },
    causes: i.causes.slice(0, MAX_CAUSES).map((id) => deviceRef(devices.get(id)!)),
    causeCount: i.causes.length,
    severity: i.severity,
    since: i.since > 0 ? new Date(i.since).toISOString() : null,
    acknowledgedBy: i.acknowledgedBy,
    acknowledgedAt: i.acknowledgedAt === null ? null : new Date(i.acknowledgedAt).toISOString(),
    maintenance: i.maintenance,
    alertIds: i.alertIds,
    affected: i.affected.length,
    towers: i.towers,
    infrastructure: i.infrastructure,
    customers: i.customers,
    internet: i.kind === 'internet' && internet ? { failing: internet.details?.failing ?? 0, external: internet.details?.external ?? 0 } : null,
  };
}
