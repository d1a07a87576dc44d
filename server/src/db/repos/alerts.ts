import type { Kysely } from 'kysely';
import type { Database } from '../types.js';
import { toIso } from '../types.js';
import type { AlertSubject } from '../../alerting/messages.js';

export const ALERT_KINDS = ['down', 'degraded', 'flapping', 'interface_down', 'reboot', 'snmp_unreachable', 'signal_low', 'ccq_low', 'internet', 'anomaly'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];
export const SEVERITIES = ['critical', 'major', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Alert {
  id: number;
  kind: AlertKind;
  subject: string;
  severity: Severity;
  deviceId: number | null;
  towerId: number | null;
  startedAt: number;
  resolvedAt: number | null;
  acknowledgedAt: number | null;
  acknowledgedBy: string | null;
  message: string;
  /** The alert that explains this one (the parent's outage), if any. */
  suppressedBy: number | null;
  details: {
    affected?: number[];
    ifIndex?: number;
    reason?: string | null;
    value?: number;
    failing?: number;
    external?: number;
    /** Below the minimum severity sent when it was due: kept and listed, not sent. */
    belowMinimum?: boolean;
    /** The parts its message is worded from (names, counts), to word it in another language. */
    text?: AlertSubject;
  } | null;
  notifiedAt: number | null;
}

type Row = Awaited<ReturnType<ReturnType<typeof selectAll>['execute']>>[number];
const selectAll = (db: Kysely<Database>) => db.selectFrom('alerts').selectAll();
const ms = (v: Date | string | null) => (v === null ? null : new Date(v).getTime());
const iso = (v: number | null) => (v === null ? null : toIso(new Date(v)));

function fromRow(r: Row): Alert {
  return {
    id: Number(r.id),
    kind: r.kind as AlertKind,
    subject: r.subject,
    severity: r.severity as Severity,
    deviceId: r.device_id,
    towerId: r.tower_id,
    startedAt: new Date(r.started_at).getTime(),
    resolvedAt: ms(r.resolved_at),
    acknowledgedAt: ms(r.acknowledged_at),
    acknowledgedBy: r.acknowledged_by,
    message: r.message,
    suppressedBy: r.suppressed_by === null ? null : Number(r.suppressed_by),
    details: r.details === null ? null : (JSON.parse(r.details) as Alert['details']),
    notifiedAt: ms(r.notified_at),
  };
}

export interface AlertQuery {
  state?: 'open' | 'resolved';
  deviceId?: number;
  towerId?: number;
  /** The device's type (alerts of no device, the internet's, never match). */
  deviceType?: string;
  severity?: Severity;
  /** true: only the alerts kept unsent (below the minimum severity); false: all but those. */
  belowMinimum?: boolean;
  from?: number;
  to?: number;
  limit: number;
}

/** An alert as listed: with the names of its device and tower, and the device's type. */
export type ListedAlert = Alert & { deviceName: string | null; deviceType: string | null; towerName: string | null };

/** How `belowMinimum: true` reads in the stored JSON (JSON.stringify writes no spaces). */
const BELOW_MINIMUM = '%"belowMinimum":true%';

/** Alerts: opened, updated (suppression, notification, acknowledgement) and resolved. */
export function createAlertsRepo(db: Kysely<Database>) {
  return {
    /** Open alerts, and those of them that are not filed under another (what the navigation counts). */
    async countOpen(): Promise<{ open: number; causes: number }> {
      const row = await db
        .selectFrom('alerts')
        .where('resolved_at', 'is', null)
        .select((eb) => [eb.fn.countAll<number | string>().as('open'), eb.fn.count<number | string>('id').filterWhere('suppressed_by', 'is', null).as('causes')])
        .executeTakeFirstOrThrow();
      return { open: Number(row.open), causes: Number(row.causes) };
    },
    loadOpen: async () => (await selectAll(db).where('resolved_at', 'is', null).orderBy('id').execute()).map(fromRow),
    async open(a: Omit<Alert, 'id' | 'resolvedAt' | 'acknowledgedAt' | 'acknowledgedBy' | 'notifiedAt'> & { resolvedAt?: number | null }): Promise<Alert> {
      const row = await db
        .insertInto('alerts')
        .values({
          kind: a.kind,
          subject: a.subject,
          severity: a.severity,
          device_id: a.deviceId,
          tower_id: a.towerId,
          started_at: toIso(new Date(a.startedAt)),
          resolved_at: iso(a.resolvedAt ?? null),
          message: a.message,
          suppressed_by: a.suppressedBy,
          details: a.details === null ? null : JSON.stringify(a.details),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return fromRow(row);
    },
    async update(id: number, patch: Partial<Pick<Alert, 'resolvedAt' | 'suppressedBy' | 'notifiedAt' | 'message' | 'details' | 'acknowledgedAt' | 'acknowledgedBy' | 'severity'>>): Promise<void> {
      await db
        .updateTable('alerts')
        .set({
          ...(patch.resolvedAt !== undefined && { resolved_at: iso(patch.resolvedAt) }),
          ...(patch.suppressedBy !== undefined && { suppressed_by: patch.suppressedBy }),
          ...(patch.notifiedAt !== undefined && { notified_at: iso(patch.notifiedAt) }),
          ...(patch.message !== undefined && { message: patch.message }),
          ...(patch.severity !== undefined && { severity: patch.severity }),
          ...(patch.details !== undefined && { details: patch.details === null ? null : JSON.stringify(patch.details) }),
          ...(patch.acknowledgedAt !== undefined && { acknowledged_at: iso(patch.acknowledgedAt) }),
          ...(patch.acknowledgedBy !== undefined && { acknowledged_by: patch.acknowledgedBy }),
        })
        .where('id', '=', id)
        .execute();
    },
    byId: async (id: number) => {
      const r = await selectAll(db).where('id', '=', id).executeTakeFirst();
      return r ? fromRow(r) : null;
    },
    async list(q: AlertQuery): Promise<ListedAlert[]> {
      let query = db
        .selectFrom('alerts')
        .leftJoin('devices', 'devices.id', 'alerts.device_id')
        .leftJoin('towers', 'towers.id', 'alerts.tower_id')
        .selectAll('alerts')
        .select(['devices.name as device_name', 'devices.type as device_type', 'towers.name as tower_name'])
        .orderBy('alerts.started_at', 'desc')
        .orderBy('alerts.id', 'desc')
        .limit(q.limit);
      if (q.state === 'open') query = query.where('alerts.resolved_at', 'is', null);
      if (q.state === 'resolved') query = query.where('alerts.resolved_at', 'is not', null);
      if (q.deviceId !== undefined) query = query.where('alerts.device_id', '=', q.deviceId);
      if (q.towerId !== undefined) query = query.where('alerts.tower_id', '=', q.towerId);
      if (q.deviceType !== undefined) query = query.where('devices.type', '=', q.deviceType);
      if (q.severity !== undefined) query = query.where('alerts.severity', '=', q.severity);
      if (q.belowMinimum === true) query = query.where('alerts.notified_at', 'is', null).where('alerts.details', 'like', BELOW_MINIMUM);
      if (q.belowMinimum === false) query = query.where((eb) => eb.or([eb('alerts.details', 'is', null), eb('alerts.details', 'not like', BELOW_MINIMUM), eb('alerts.notified_at', 'is not', null)]));
      if (q.from !== undefined) query = query.where('alerts.started_at', '>=', toIso(new Date(q.from)));
      if (q.to !== undefined) query = query.where('alerts.started_at', '<', toIso(new Date(q.to)));
      return (await query.execute()).map((r) => ({ ...fromRow(r), deviceName: r.device_name, deviceType: r.device_type, towerName: r.tower_name }));
    },
  };
}
export type AlertsRepo = ReturnType<typeof createAlertsRepo>;
