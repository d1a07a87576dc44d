import type { Alert, Severity } from '../../db/repos/alerts.js';
import { effectiveParent, type DependencyGraph } from '../../inventory/dependencies.js';
import { isCustomer, type DeviceType } from '../../inventory/roles.js';
import type { Status } from '../status-machine.js';
import type { TowerStatus } from '../towers/tower-status.js';

/** An enabled device as the incident view sees it. */
export interface IncidentDevice {
  id: number;
  name: string;
  type: DeviceType;
  towerId: number | null;
  status: Status;
  /** When it took its status (ms); null when never checked. */
  since: number | null;
  /** A maintenance window covers it now (its alerts wait unannounced). */
  maintenance?: boolean;
}

export interface IncidentInput {
  /** Enabled devices only: a disabled device is neither a cause nor a casualty. */
  devices: readonly IncidentDevice[];
  graph: DependencyGraph;
  /** The open alerts (the engine's memory): acknowledgement, severity and the internet outage. */
  alerts: readonly Alert[];
  towerStatus: (towerId: number) => TowerStatus;
}

export type IncidentKind = 'internet' | 'tower' | 'device';

/** One open root cause and what it takes down with it. */
export interface Incident {
  /** `internet`, `tower:<id>` or `device:<id>`: stable while the cause lasts. */
  key: string;
  kind: IncidentKind;
  /** The failing devices: one for a device or an uplink; every infrastructure device of a tower without an uplink; those filed under the internet. */
  causes: number[];
  /** The tower the cause takes down (a tower incident), else null. */
  towerId: number | null;
  severity: Severity | null;
  since: number;
  acknowledgedBy: string | null;
  acknowledgedAt: number | null;
  /** Maintenance covers every cause: planned work, listed last. */
  maintenance: boolean;
  /** The open alerts behind it (the causes' down alerts, or the internet's): what acknowledging it acknowledges. */
  alertIds: number[];
  /** The causes and the devices out because of them (down or unreachable). */
  affected: number[];
  /** Towers whose infrastructure (or uplink) is in `affected`. */
  towers: number;
  infrastructure: number;
  customers: number;
}

const SEVERITY_RANK: Record<Severity, number> = { critical: 0, major: 1, warning: 2, info: 3 };
const KIND_RANK: Record<IncidentKind, number> = { internet: 0, tower: 1, device: 1 };
const isOut = (s: Status) => s === 'down' || s === 'unreachable';

/**
 * The open root causes, worst first. A device is a cause when it is `down` (its dependents are
 * `unreachable`: the monitor already resolved them to it); it becomes a tower incident when it is
 * a tower's uplink, or when it is one of the infrastructure devices of a down tower without an
 * uplink (those merge into one). Causes whose down alert the alert engine filed under the
 * internet outage join the `internet` incident. Pure; O(devices).
 */
export function openIncidents(input: IncidentInput): Incident[] {
  const byId = new Map(input.devices.map((d) => [d.id, d]));
  const children = new Map<number, number[]>();
  for (const d of input.devices) {
    const p = effectiveParent(input.graph, d.id);
    if (p === null) continue;
    const list = children.get(p);
    if (list) list.push(d.id);
    else children.set(p, [d.id]);
  }
  const towersOfUplink = new Map<number, number[]>();
  for (const [towerId, uplink] of input.graph.uplinks) if (uplink !== null && byId.has(uplink)) towersOfUplink.set(uplink, [...(towersOfUplink.get(uplink) ?? []), towerId]);
  const downAlert = new Map<number, Alert>();
  let internet: Alert | undefined;
  for (const a of input.alerts) {
    if (a.resolvedAt !== null) continue;
    if (a.kind === 'internet') internet = a;
    else if (a.kind === 'down' && a.deviceId !== null) downAlert.set(a.deviceId, a);
  }

  /** The causes plus every dependent out with them. */
  const reach = (causes: number[]) => {
    const seen = new Set<number>(causes);
    const queue = [...causes];
    while (queue.length > 0) {
      for (const c of children.get(queue.pop()!) ?? []) {
        const d = byId.get(c);
        if (!d || seen.has(c) || !isOut(d.status)) continue;
        seen.add(c);
        queue.push(c);
      }
    }
    return [...seen];
  };

  const groups = new Map<string, { kind: IncidentKind; towerId: number | null; causes: number[]; alert?: Alert }>();
  const add = (key: string, kind: IncidentKind, towerId: number | null, id: number, alert?: Alert) => {
    const g = groups.get(key) ?? { kind, towerId, causes: [], alert };
    g.causes.push(id);
    groups.set(key, g);
  };
  if (internet) groups.set('internet', { kind: 'internet', towerId: null, causes: [], alert: internet });
  for (const d of input.devices) {
    if (d.status !== 'down') continue;
    const alert = downAlert.get(d.id);
    if (internet && alert?.suppressedBy === internet.id) add('internet', 'internet', null, d.id);
    else if (towersOfUplink.has(d.id)) {
      const towerId = towersOfUplink.get(d.id)![0]!;
      add(`tower:${towerId}`, 'tower', towerId, d.id, alert);
    } else if (d.towerId !== null && !isCustomer(d.type) && input.graph.uplinks.get(d.towerId) == null && input.towerStatus(d.towerId) === 'down') {
      add(`tower:${d.towerId}`, 'tower', d.towerId, d.id, alert);
    } else add(`device:${d.id}`, 'device', null, d.id, alert);
  }

  const incidents: Incident[] = [];
  for (const [key, g] of groups) {
    const affected = reach(g.causes);
    const alerts = g.kind === 'internet' ? [g.alert!] : g.causes.map((id) => downAlert.get(id)).filter((a): a is Alert => a !== undefined);
    const towers = new Set<number>();
    let infrastructure = 0;
    let customers = 0;
    for (const id of affected) {
      const d = byId.get(id)!;
      for (const t of towersOfUplink.get(id) ?? []) towers.add(t);
      if (isCustomer(d.type)) customers++;
      else {
        infrastructure++;
        if (d.towerId !== null) towers.add(d.towerId);
      }
    }
    const sinces = [...alerts.map((a) => a.startedAt), ...g.causes.map((id) => byId.get(id)!.since).filter((s): s is number => s !== null)];
    const acknowledged = alerts.length > 0 && alerts.every((a) => a.acknowledgedAt !== null) ? alerts[0]! : null;
    incidents.push({
      key,
      kind: g.kind,
      causes: g.causes,
      towerId: g.towerId,
      severity: alerts.reduce<Severity | null>((worst, a) => (worst === null || SEVERITY_RANK[a.severity] < SEVERITY_RANK[worst] ? a.severity : worst), null),
      since: sinces.length > 0 ? Math.min(...sinces) : 0,
      acknowledgedBy: acknowledged?.acknowledgedBy ?? null,
      acknowledgedAt: acknowledged?.acknowledgedAt ?? null,
      alertIds: alerts.map((a) => a.id),
      maintenance: g.causes.length > 0 && g.causes.every((id) => byId.get(id)!.maintenance === true),
      affected,
      towers: towers.size,
      infrastructure,
      customers,
    });
  }
  return incidents.sort(compareIncidents);
}

/** Internet first and planned work last; then by severity, by what is out (towers, infrastructure, customers), the oldest first. */
export function compareIncidents(a: Incident, b: Incident): number {
  const sev = (i: Incident) => (i.severity === null ? 9 : SEVERITY_RANK[i.severity]);
  return (
    KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
    Number(a.maintenance) - Number(b.maintenance) ||
    sev(a) - sev(b) ||
    b.towers - a.towers ||
    b.infrastructure - a.infrastructure ||
    b.customers - a.customers ||
    a.since - b.since ||
    a.key.localeCompare(b.key)
  );
}
