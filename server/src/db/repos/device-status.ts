import { sql, type Kysely } from 'kysely';
import type { Database } from '../types.js';
import { toIso } from '../types.js';
import { existingDeviceIds } from './existing-devices.js';
import type { Status } from '../../monitoring/status-machine.js';

export interface StoredStatus {
  deviceId: number;
  status: Status;
  since: number;
  flapping: boolean;
  reason: string | null;
}

export interface StatusEvent {
  deviceId: number;
  at: number;
  from: Status;
  to: Status;
  reason: string | null;
}

/** Current status per device (written only when it changes) and the log of changes. */
export function createDeviceStatusRepo(db: Kysely<Database>) {
  return {
    async loadAll(): Promise<StoredStatus[]> {
      const rows = await db.selectFrom('device_status').selectAll().execute();
      return rows.map((r) => ({ deviceId: r.device_id, status: r.status as Status, since: new Date(r.since).getTime(), flapping: Boolean(r.flapping), reason: r.reason }));
    },
    /** Times of status changes since `since` (ms), per device: the flapping windows after a restart. */
    async changeTimesSince(since: number): Promise<Map<number, number[]>> {
      const rows = await db.selectFrom('status_events').select(['device_id', 'at']).where('at', '>=', new Date(since).toISOString()).orderBy('at').execute();
      const out = new Map<number, number[]>();
      for (const r of rows) out.set(r.device_id, [...(out.get(r.device_id) ?? []), new Date(r.at).getTime()]);
      return out;
    },
    /**
     * Saves changed statuses and their events together. Devices deleted while the round ran
     * are left out (their rows would break the foreign key and, with it, everyone's changes).
     */
    async saveChanges(allStatuses: StoredStatus[], allEvents: StatusEvent[]): Promise<void> {
      if (allStatuses.length === 0 && allEvents.length === 0) return;
      await db.transaction().execute(async (tx) => {
        const existing = await existingDeviceIds(tx, [...allStatuses.map((s) => s.deviceId), ...allEvents.map((e) => e.deviceId)]);
        const statuses = allStatuses.filter((s) => existing.has(s.deviceId));
        const events = allEvents.filter((e) => existing.has(e.deviceId));
        for (let i = 0; i < statuses.length; i += 500) {
          await tx
            .insertInto('device_status')
            .values(statuses.slice(i, i + 500).map((s) => ({ device_id: s.deviceId, status: s.status, since: new Date(s.since).toISOString(), flapping: s.flapping ? 1 : 0, reason: s.reason })))
            .onConflict((oc) =>
              oc.column('device_id').doUpdateSet((eb) => ({
                status: eb.ref('excluded.status'),
                since: eb.ref('excluded.since'),
                flapping: eb.ref('excluded.flapping'),
                reason: eb.ref('excluded.reason'),
              })),
            )
            .execute();
        }
        for (let i = 0; i < events.length; i += 500) {
          await tx
            .insertInto('status_events')
            .values(events.slice(i, i + 500).map((e) => ({ device_id: e.deviceId, at: new Date(e.at).toISOString(), from_status: e.from, to_status: e.to, reason: e.reason })))
            .execute();
        }
      });
    },
    async listEvents(q: { deviceId?: number; towerId?: number; from?: string; to?: string; limit: number }) {
      let query = db
        .selectFrom('status_events as e')
        .innerJoin('devices as d', 'd.id', 'e.device_id')
        .select(['e.id', 'e.device_id', 'd.name as device_name', 'd.host', 'd.tower_id', 'e.at', 'e.from_status', 'e.to_status', 'e.reason'])
        .orderBy('e.at', 'desc')
        .orderBy('e.id', 'desc')
        .limit(q.limit);
      if (q.deviceId !== undefined) query = query.where('e.device_id', '=', q.deviceId);
      if (q.towerId !== undefined) query = query.where('d.tower_id', '=', q.towerId);
      if (q.from) query = query.where('e.at', '>=', new Date(q.from).toISOString());
      if (q.to) query = query.where('e.at', '<', new Date(q.to).toISOString());
      const rows = await query.execute();
      return rows.map((r) => ({
        id: Number(r.id),
        deviceId: r.device_id,
        deviceName: r.device_name,
        host: r.host,
        towerId: r.tower_id,
        at: toIso(r.at),
        from: r.from_status as Status,
        to: r.to_status as Status,
        reason: r.reason,
      }));
    },
    /** Counts of enabled devices by status; devices never checked count as unknown. */
    async summary(): Promise<Record<Status, number> & { total: number }> {
      const rows = await sql<{ status: string | null; n: number }>`
        select s.status as status, count(*) as n from devices d left join device_status s on s.device_id = d.id
        where d.enabled = ${1} group by s.status`.execute(db);
      const out = { up: 0, down: 0, degraded: 0, unreachable: 0, unknown: 0, total: 0 };
      for (const r of rows.rows) {
        const key = (r.status ?? 'unknown') as Status;
        out[key] += Number(r.n);
        out.total += Number(r.n);
      }
      return out;
    },
    expireEvents: (before: number) => db.deleteFrom('status_events').where('at', '<', new Date(before).toISOString()).execute(),
  };
}
export type DeviceStatusRepo = ReturnType<typeof createDeviceStatusRepo>;
