import type { Kysely } from 'kysely';
import type { Database } from '../types.js';
import { toIso } from '../types.js';
import { nextOccurrence, occurrenceAt, windowState, type MaintenanceScope, type MaintenanceState, type MaintenanceWindow } from '../../alerting/maintenance.js';

export type { MaintenanceWindow } from '../../alerting/maintenance.js';

/** A window with the name of what it covers, for people (null for global, or a deleted target). */
export interface NamedMaintenanceWindow extends MaintenanceWindow {
  targetName: string | null;
}

export interface MaintenanceQuery {
  /** Without it: active and upcoming. */
  state?: MaintenanceState | 'all';
  limit?: number;
}

const iso = (v: number) => toIso(new Date(v));
const ms = (v: Date | string | null) => (v === null ? null : new Date(v).getTime());

const selectNamed = (db: Kysely<Database>) =>
  db
    .selectFrom('maintenance_windows as w')
    .leftJoin('devices as d', (j) => j.onRef('d.id', '=', 'w.target_id').on('w.scope', '=', 'device'))
    .leftJoin('towers as t', (j) => j.onRef('t.id', '=', 'w.target_id').on('w.scope', '=', 'tower'))
    .selectAll('w')
    .select(['d.name as device_name', 't.name as tower_name']);
type Row = Awaited<ReturnType<ReturnType<typeof selectNamed>['execute']>>[number];

function fromRow(r: Omit<Row, 'device_name' | 'tower_name'>): MaintenanceWindow {
  return {
    id: Number(r.id),
    scope: r.scope as MaintenanceScope,
    targetId: r.target_id,
    startsAt: new Date(r.starts_at).getTime(),
    endsAt: new Date(r.ends_at).getTime(),
    recurrence: r.recurrence === 'weekly' ? 'weekly' : null,
    reason: r.reason,
    createdBy: r.created_by,
    createdAt: new Date(r.created_at).getTime(),
    endedAt: ms(r.ended_at),
  };
}
const fromNamedRow = (r: Row): NamedMaintenanceWindow => ({ ...fromRow(r), targetName: r.device_name ?? r.tower_name ?? null });

const RANK: Record<MaintenanceState, number> = { active: 0, upcoming: 1, past: 2 };
/** Listing order: active, then upcoming, each by the start that matters; then past ones, latest first. */
const sortKey = (w: MaintenanceWindow, now: number): [number, number] => {
  const state = windowState(w, now);
  const start = occurrenceAt(w, now)?.start ?? nextOccurrence(w, now)?.start;
  // Past: when it was over (a weekly one is only ever over by being ended).
  const over = w.recurrence === 'weekly' ? (w.endedAt ?? 0) : Math.min(w.endsAt, w.endedAt ?? w.endsAt);
  return [RANK[state], start ?? -over];
};
const byListingOrder = (now: number) => (a: MaintenanceWindow, b: MaintenanceWindow) => {
  const [ra, ka] = sortKey(a, now);
  const [rb, kb] = sortKey(b, now);
  return ra - rb || ka - kb || a.id - b.id;
};

/** Maintenance windows: created, listed by state, ended early. */
export function createMaintenanceRepo(db: Kysely<Database>) {
  const byId = async (id: number) => {
    const r = await selectNamed(db).where('w.id', '=', id).executeTakeFirst();
    return r ? fromNamedRow(r) : null;
  };
  return {
    byId,
    async create(w: Omit<MaintenanceWindow, 'id' | 'endedAt'>): Promise<NamedMaintenanceWindow> {
      const { id } = await db
        .insertInto('maintenance_windows')
        .values({
          scope: w.scope,
          target_id: w.targetId,
          starts_at: iso(w.startsAt),
          ends_at: iso(w.endsAt),
          recurrence: w.recurrence,
          reason: w.reason,
          created_by: w.createdBy,
          created_at: iso(w.createdAt),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return (await byId(Number(id)))!;
    },
    /**
     * Windows in a state at `now`. Weekly recurrence is not expressible in both SQL dialects, so
     * SQL narrows to a superset and `windowState` decides.
     */
    async list(q: MaintenanceQuery, now: number): Promise<NamedMaintenanceWindow[]> {
      const at = iso(now);
      let query = selectNamed(db);
      if (q.state === 'past') {
        query = query.where((eb) => eb.or([eb('w.ended_at', 'is not', null), eb.and([eb('w.recurrence', 'is', null), eb('w.ends_at', '<=', at)])]));
      } else if (q.state !== 'all') {
        query = query.where((eb) => eb.and([eb.or([eb('w.ended_at', 'is', null), eb('w.ended_at', '>', at)]), eb.or([eb('w.recurrence', '=', 'weekly'), eb('w.ends_at', '>', at)])]));
        if (q.state === 'active') query = query.where('w.starts_at', '<=', at);
      }
      const wanted = (w: MaintenanceWindow) => {
        const s = windowState(w, now);
        return q.state === undefined ? s !== 'past' : q.state === 'all' || s === q.state;
      };
      const items = (await query.execute()).map(fromNamedRow).filter(wanted);
      items.sort(byListingOrder(now));
      return q.limit === undefined ? items : items.slice(0, q.limit);
    },
    /** Ends a window at `at` (before it starts, if it has not); a window already ended keeps its end. Null if unknown. */
    async end(id: number, at: number): Promise<NamedMaintenanceWindow | null> {
      await db.updateTable('maintenance_windows').set({ ended_at: iso(at) }).where('id', '=', id).where('ended_at', 'is', null).execute();
      return byId(id);
    },
    /** Every window, for the evaluator (`activeMaintenance`). */
    all: async (): Promise<MaintenanceWindow[]> => (await db.selectFrom('maintenance_windows').selectAll().orderBy('id').execute()).map(fromRow),
  };
}
export type MaintenanceRepo = ReturnType<typeof createMaintenanceRepo>;
