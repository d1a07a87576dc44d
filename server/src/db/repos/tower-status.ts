import type { Kysely } from 'kysely';
import type { Database } from '../types.js';
import { toIso } from '../types.js';
import type { TowerStatus } from '../../monitoring/towers/tower-status.js';

/** A tower's status change; times in epoch ms. */
export interface TowerStatusEvent {
  towerId: number;
  at: number;
  from: TowerStatus;
  to: TowerStatus;
  reason: string | null;
  infraDown: number;
  customersDown: number;
  customers: number;
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * The log of tower status changes. Only changes are written; a tower's last event is its
 * current status, so expiry always keeps it.
 */
export function createTowerStatusRepo(db: Kysely<Database>) {
  const lastIds = () => db.selectFrom('tower_status_events').select((eb) => eb.fn.max('id').as('id')).groupBy('tower_id');
  const toEvent = (r: { tower_id: number; at: Date | string; from_status: string; to_status: string; reason: string | null; infra_down: number; customers_down: number; customers: number }): TowerStatusEvent => ({
    towerId: r.tower_id,
    at: new Date(r.at).getTime(),
    from: r.from_status as TowerStatus,
    to: r.to_status as TowerStatus,
    reason: r.reason,
    infraDown: Number(r.infra_down),
    customersDown: Number(r.customers_down),
    customers: Number(r.customers),
  });
  return {
    /** Each tower's latest event: where a restart resumes. */
    async latest(): Promise<TowerStatusEvent[]> {
      const rows = await db.selectFrom('tower_status_events').selectAll().where('id', 'in', lastIds()).execute();
      return rows.map(toEvent);
    },
    /** Writes changes; towers deleted meanwhile are left out (their rows would break the foreign key). */
    async save(events: TowerStatusEvent[]): Promise<void> {
      if (events.length === 0) return;
      await db.transaction().execute(async (tx) => {
        const ids = [...new Set(events.map((e) => e.towerId))];
        const existing = new Set((await tx.selectFrom('towers').select('id').where('id', 'in', ids).execute()).map((r) => r.id));
        const rows = events
          .filter((e) => existing.has(e.towerId))
          .map((e) => ({ tower_id: e.towerId, at: iso(e.at), from_status: e.from, to_status: e.to, reason: e.reason, infra_down: e.infraDown, customers_down: e.customersDown, customers: e.customers }));
        for (let i = 0; i < rows.length; i += 500) await tx.insertInto('tower_status_events').values(rows.slice(i, i + 500)).execute();
      });
    },
    /** A tower's events, newest first; `from` inclusive, `to` exclusive. */
    async list(q: { towerId: number; from?: number; to?: number; limit: number }) {
      let query = db
        .selectFrom('tower_status_events')
        .select(['id', 'tower_id', 'at', 'from_status', 'to_status', 'reason'])
        .where('tower_id', '=', q.towerId)
        .orderBy('at', 'desc')
        .orderBy('id', 'desc')
        .limit(q.limit);
      if (q.from !== undefined) query = query.where('at', '>=', iso(q.from));
      if (q.to !== undefined) query = query.where('at', '<', iso(q.to));
      const rows = await query.execute();
      return rows.map((r) => ({ id: Number(r.id), towerId: r.tower_id, at: toIso(r.at), from: r.from_status as TowerStatus, to: r.to_status as TowerStatus, reason: r.reason }));
    },
    /** What availability over [from, to) needs: the status in force at `from` (null: none known) and the changes after it, oldest first. */
    async timeline(towerId: number, from: number, to: number): Promise<{ initial: TowerStatus | null; changes: { at: number; to: TowerStatus }[] }> {
      const before = await db
        .selectFrom('tower_status_events')
        .select('to_status')
        .where('tower_id', '=', towerId)
        .where('at', '<=', iso(from))
        .orderBy('at', 'desc')
        .orderBy('id', 'desc')
        .limit(1)
        .executeTakeFirst();
      const rows = await db
        .selectFrom('tower_status_events')
        .select(['at', 'to_status'])
        .where('tower_id', '=', towerId)
        .where('at', '>', iso(from))
        .where('at', '<', iso(to))
        .orderBy('at')
        .orderBy('id')
        .execute();
      return { initial: before ? (before.to_status as TowerStatus) : null, changes: rows.map((r) => ({ at: new Date(r.at).getTime(), to: r.to_status as TowerStatus })) };
    },
    /** Expires events older than `before`, keeping each tower's latest (its current status). */
    expireEvents: (before: number) =>
      db.deleteFrom('tower_status_events').where('at', '<', iso(before)).where('id', 'not in', lastIds()).execute(),
  };
}
export type TowerStatusRepo = ReturnType<typeof createTowerStatusRepo>;
