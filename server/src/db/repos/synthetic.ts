import { sql, type Kysely } from 'kysely';
import type { Database } from '../types.js';
import { toIso, toIsoOrNull } from '../types.js';
import type { SyntheticCheck, SyntheticKind, SyntheticStatus, SyntheticTarget } from '../../http/routes/synthetic/schema.js';

type Row = Awaited<ReturnType<ReturnType<typeof selectTargets>['execute']>>[number];
const selectTargets = (db: Kysely<Database>) => db.selectFrom('synthetic_targets').selectAll();

export function presentTarget(r: Row): SyntheticTarget {
  return {
    id: Number(r.id),
    name: r.name,
    kind: r.kind as SyntheticKind,
    check: JSON.parse(r.settings) as SyntheticCheck,
    external: Boolean(r.external),
    enabled: Boolean(r.enabled),
    status: r.status as SyntheticStatus,
    statusSince: toIsoOrNull(r.status_since),
    lastCheckAt: toIsoOrNull(r.last_at),
    latencyMs: r.last_latency_ms,
    reason: r.last_reason,
    createdAt: toIso(r.created_at),
  };
}

/** One check's outcome, as stored. */
export interface SyntheticResult {
  targetId: number;
  at: number;
  ok: boolean;
  latencyMs: number | null;
  lossPercent: number | null;
  reason: string | null;
  detail: Record<string, unknown> | null;
}

export function createSyntheticRepo(db: Kysely<Database>) {
  return {
    async list(): Promise<SyntheticTarget[]> {
      return (await selectTargets(db).orderBy('name').execute()).map(presentTarget);
    },
    async byId(id: number): Promise<SyntheticTarget | undefined> {
      const r = await selectTargets(db).where('id', '=', id).executeTakeFirst();
      return r && presentTarget(r);
    },
    byName: (name: string) => db.selectFrom('synthetic_targets').select('id').where('name', '=', name).executeTakeFirst(),
    async insert(t: { name: string; check: SyntheticCheck; external: boolean; enabled: boolean }, at = Date.now()): Promise<number> {
      const r = await db
        .insertInto('synthetic_targets')
        .values({ name: t.name, kind: t.check.kind, settings: JSON.stringify(t.check), external: t.external ? 1 : 0, enabled: t.enabled ? 1 : 0, created_at: toIso(new Date(at)) })
        .returning('id')
        .executeTakeFirstOrThrow();
      return Number(r.id);
    },
    async update(id: number, p: { name?: string; check?: SyntheticCheck; external?: boolean; enabled?: boolean }) {
      const set = {
        ...(p.name !== undefined && { name: p.name }),
        // A new check starts over: its old state said nothing about it.
        ...(p.check !== undefined && { kind: p.check.kind, settings: JSON.stringify(p.check), status: 'unknown', status_since: null, last_reason: null, last_latency_ms: null }),
        ...(p.external !== undefined && { external: p.external ? 1 : 0 }),
        ...(p.enabled !== undefined && { enabled: p.enabled ? 1 : 0 }),
      };
      if (Object.keys(set).length > 0) await db.updateTable('synthetic_targets').set(set).where('id', '=', id).execute();
    },
    async remove(id: number): Promise<boolean> {
      await db.deleteFrom('synthetic_results').where('target_id', '=', id).execute();
      const r = await db.deleteFrom('synthetic_targets').where('id', '=', id).executeTakeFirst();
      return Number(r.numDeletedRows) > 0;
    },
    /** Stores a round's results and each target's new state, in one transaction. */
    async record(results: SyntheticResult[], states: { targetId: number; status: SyntheticStatus; since: number; result: SyntheticResult }[]) {
      if (results.length === 0) return;
      await db.transaction().execute(async (tx) => {
        await tx
          .insertInto('synthetic_results')
          .values(
            results.map((r) => ({
              target_id: r.targetId,
              t: Math.floor(r.at / 1000),
              ok: r.ok ? 1 : 0,
              latency_ms: r.latencyMs,
              loss_percent: r.lossPercent,
              reason: r.reason,
              detail: r.detail ? JSON.stringify(r.detail) : null,
            })),
          )
          .onConflict((oc) => oc.columns(['target_id', 't']).doNothing())
          .execute();
        for (const s of states) {
          await tx
            .updateTable('synthetic_targets')
            .set({ status: s.status, status_since: toIso(new Date(s.since)), last_at: toIso(new Date(s.result.at)), last_latency_ms: s.result.latencyMs, last_reason: s.result.reason })
            .where('id', '=', s.targetId)
            .execute();
        }
      });
    },
    /** Bucketed history of one target, `step` seconds wide. */
    async series(targetId: number, from: number, to: number, step: number) {
      const rows = await sql<{ b: number; latency: number | null; latency_max: number | null; failed: number; loss: number | null; n: number }>`
        select (t / ${sql.lit(step)}) * ${sql.lit(step)} as b, avg(latency_ms) as latency, max(latency_ms) as latency_max,
          sum(case when ok then 0 else 1 end) as failed, avg(loss_percent) as loss, count(*) as n
        from synthetic_results
        where target_id = ${targetId} and t >= ${from} and t < ${to}
        group by b order by b`.execute(db);
      return rows.rows.map((r) => ({
        t: Number(r.b),
        latencyMs: r.latency === null ? null : Number(r.latency),
        latencyMax: r.latency_max === null ? null : Number(r.latency_max),
        failed: Number(r.failed),
        lossPercent: r.loss === null ? null : Number(r.loss),
        checks: Number(r.n),
      }));
    },
    expire: async (before: number) => Number((await db.deleteFrom('synthetic_results').where('t', '<', before).executeTakeFirst()).numDeletedRows),
  };
}
export type SyntheticRepo = ReturnType<typeof createSyntheticRepo>;
