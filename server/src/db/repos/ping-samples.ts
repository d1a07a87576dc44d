import { sql, type Kysely } from 'kysely';
import type { Database, PingRollupTable, PingSamplesTable } from '../types.js';
import type { DialectName } from '../dialect.js';
import { bulkInsert } from './bulk-insert.js';
import { expireHistory } from './expire.js';

export type SampleRow = PingSamplesTable;
export type RollupRow = PingRollupTable;
export type RollupTable = 'ping_rollup_5m' | 'ping_rollup_1h';
export type Tier = 'raw' | '5m' | '1h';

const SAMPLE_COLS = ['device_id', 't', 'rtt_avg', 'rtt_min', 'rtt_max', 'sent', 'lost'] as const;
const ROLLUP_COLS = ['device_id', 't', 'rounds', 'rtt_avg', 'rtt_min', 'rtt_max', 'rtt_p95', 'sent', 'lost'] as const;
const PG_TYPES: Record<string, string> = { sent: 'smallint', lost: 'smallint' };

const KEY = ['device_id', 't'] as const;

export function createPingSamplesRepo(db: Kysely<Database>, dialect: DialectName) {
  return {
    /** One round's samples in one statement. */
    async insertRound(rows: SampleRow[]): Promise<void> {
      if (rows.length > 0) await bulkInsert(dialect, 'ping_samples', SAMPLE_COLS, rows, { upsertKey: KEY, pgTypes: PG_TYPES }).execute(db);
    },
    async upsertRollups(table: RollupTable, rows: RollupRow[]): Promise<void> {
      if (rows.length > 0) await bulkInsert(dialect, table, ROLLUP_COLS, rows, { upsertKey: KEY }).execute(db);
    },
    /**
     * Rebuilds the hourly rollup of [hour, hour+3600) from its 5-minute rows, in SQL. Idempotent.
     * History tables are keyed by (device, t): every query here walks the devices and seeks
     * into each one's range, never scanning a whole table ("cross join" keeps SQLite's join
     * order: devices outside, the history table's primary key inside).
     */
    async rollHour(hour: number): Promise<void> {
      await sql`insert into ping_rollup_1h (device_id, t, rounds, rtt_avg, rtt_min, rtt_max, rtt_p95, sent, lost)
        select r.device_id, ${hour}, sum(r.rounds),
          case when sum(case when r.rtt_avg is null then 0 else r.sent - r.lost end) > 0
            then cast(round(sum(coalesce(r.rtt_avg, 0) * 1.0 * (case when r.rtt_avg is null then 0 else r.sent - r.lost end))
              / sum(case when r.rtt_avg is null then 0 else r.sent - r.lost end)) as integer) end,
          min(r.rtt_min), max(r.rtt_max), max(r.rtt_p95), sum(r.sent), sum(r.lost)
        from devices d cross join ping_rollup_5m r
        where r.device_id = d.id and r.t >= ${hour} and r.t < ${hour + 3600}
        group by r.device_id
        on conflict (device_id, t) do update set rounds = excluded.rounds, rtt_avg = excluded.rtt_avg, rtt_min = excluded.rtt_min,
          rtt_max = excluded.rtt_max, rtt_p95 = excluded.rtt_p95, sent = excluded.sent, lost = excluded.lost`.execute(db);
    },
    /** The newest (or oldest) t in a history table, by one index seek per device. */
    async edgeT(table: 'ping_samples' | RollupTable, edge: 'max' | 'min' = 'max'): Promise<number | null> {
      const fn = sql.raw(edge);
      const r = await sql<{ t: number | null }>`select ${fn}(m) as t from (select (select ${fn}(x.t) from ${sql.table(table)} x where x.device_id = d.id) as m from devices d) per_device`.execute(db);
      const t = r.rows[0]?.t;
      return t === null || t === undefined ? null : Number(t);
    },
    /** Raw samples at or after t, in time order (bounded: used only to resume the open rollup bucket). */
    rawSince: async (t: number) =>
      (await sql<SampleRow>`select s.* from devices d cross join ping_samples s where s.device_id = d.id and s.t >= ${t} order by s.t, s.device_id`.execute(db)).rows,
    /** The latest sample of each device at or after `since` (to show after a restart). */
    latestPerDevice: async (since: number) =>
      (
        await sql<SampleRow>`select s.* from devices d cross join ping_samples s where s.device_id = d.id
          and s.t = (select max(x.t) from ping_samples x where x.device_id = d.id and x.t >= ${since})`.execute(db)
      ).rows,
    /** Bucketed series for one device from one tier. RTTs in microseconds. */
    async series(tier: Tier, deviceId: number, from: number, to: number, step: number) {
      const table = tier === 'raw' ? 'ping_samples' : tier === '5m' ? 'ping_rollup_5m' : 'ping_rollup_1h';
      const rows = await sql<{ b: number; rtt_avg: number | null; rtt_min: number | null; rtt_max: number | null; sent: number; lost: number }>`
        select (t / ${sql.lit(step)}) * ${sql.lit(step)} as b,
          sum(coalesce(rtt_avg, 0) * 1.0 * (case when rtt_avg is null then 0 else sent - lost end))
            / nullif(sum(case when rtt_avg is null then 0 else sent - lost end), 0) as rtt_avg,
          min(rtt_min) as rtt_min, max(rtt_max) as rtt_max, sum(sent) as sent, sum(lost) as lost
        from ${sql.table(table)}
        where device_id = ${deviceId} and t >= ${from} and t < ${to}
        group by b order by b`.execute(db);
      return rows.rows.map((r) => ({ t: Number(r.b), rttAvg: r.rtt_avg === null ? null : Number(r.rtt_avg), rttMin: r.rtt_min, rttMax: r.rtt_max, sent: Number(r.sent), lost: Number(r.lost) }));
    },
    expire: (table: 'ping_samples' | RollupTable, before: number, slice?: number) => expireHistory(db, table, before, slice),
  };
}
export type PingSamplesRepo = ReturnType<typeof createPingSamplesRepo>;
