import { sql, type Kysely } from 'kysely';
import type { Database, InterfaceSamplesTable, WirelessSamplesTable } from '../types.js';
import type { DialectName } from '../dialect.js';
import { bulkInsert } from './bulk-insert.js';
import { expireHistory } from './expire.js';

export type SnmpTier = 'raw' | '1h';
export type SnmpHistoryTable = 'interface_samples' | 'interface_rollup_1h' | 'wireless_samples' | 'wireless_rollup_1h';

const IF_COLS = ['device_id', 'if_index', 't', 'in_bps', 'out_bps', 'in_errors', 'out_errors', 'in_discards', 'out_discards'] as const;
const WL_COLS = ['device_id', 'radio', 't', 'signal_dbm', 'noise_dbm', 'snr_db', 'ccq_percent', 'tx_rate_bps', 'rx_rate_bps', 'clients'] as const;
const DOUBLE = 'double precision';
const IF_PG: Record<string, string> = {
  if_index: 'bigint', in_bps: DOUBLE, out_bps: DOUBLE, in_errors: 'bigint', out_errors: 'bigint', in_discards: 'bigint', out_discards: 'bigint',
};
const WL_PG: Record<string, string> = {
  radio: 'bigint', signal_dbm: DOUBLE, noise_dbm: DOUBLE, snr_db: DOUBLE, ccq_percent: DOUBLE, tx_rate_bps: DOUBLE, rx_rate_bps: DOUBLE, clients: 'bigint',
};

export interface TrafficPoint {
  t: number;
  inBps: number | null;
  outBps: number | null;
  inMaxBps: number | null;
  outMaxBps: number | null;
  inErrors: number;
  outErrors: number;
}

export interface WirelessPoint {
  t: number;
  signalDbm: number | null;
  signalMinDbm: number | null;
  noiseDbm: number | null;
  snrDb: number | null;
  ccqPercent: number | null;
  txRateBps: number | null;
  rxRateBps: number | null;
  clients: number | null;
}

const n = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** Traffic and wireless history: raw samples per poll, and hourly rollups built from them in SQL. */
export function createSnmpHistoryRepo(db: Kysely<Database>, dialect: DialectName) {
  return {
    async insert(interfaces: InterfaceSamplesTable[], wireless: WirelessSamplesTable[]): Promise<void> {
      if (interfaces.length > 0) await bulkInsert(dialect, 'interface_samples', IF_COLS, interfaces, { upsertKey: ['device_id', 'if_index', 't'], pgTypes: IF_PG }).execute(db);
      if (wireless.length > 0) await bulkInsert(dialect, 'wireless_samples', WL_COLS, wireless, { upsertKey: ['device_id', 'radio', 't'], pgTypes: WL_PG }).execute(db);
    },
    /** Builds (or rebuilds: idempotent) the hourly rollups of [hour, hour+3600) from raw samples. */
    async rollHour(hour: number): Promise<void> {
      const end = hour + 3600;
      await sql`insert into interface_rollup_1h (device_id, if_index, t, samples, in_bps, out_bps, in_max_bps, out_max_bps, in_errors, out_errors, in_discards, out_discards)
        select s.device_id, s.if_index, ${hour}, count(*), avg(s.in_bps), avg(s.out_bps), max(s.in_bps), max(s.out_bps),
          sum(s.in_errors), sum(s.out_errors), sum(s.in_discards), sum(s.out_discards)
        from devices d cross join interface_samples s
        where s.device_id = d.id and s.t >= ${hour} and s.t < ${end}
        group by s.device_id, s.if_index
        on conflict (device_id, if_index, t) do update set samples = excluded.samples, in_bps = excluded.in_bps, out_bps = excluded.out_bps,
          in_max_bps = excluded.in_max_bps, out_max_bps = excluded.out_max_bps, in_errors = excluded.in_errors, out_errors = excluded.out_errors,
          in_discards = excluded.in_discards, out_discards = excluded.out_discards`.execute(db);
      await sql`insert into wireless_rollup_1h (device_id, radio, t, samples, signal_dbm, signal_min_dbm, noise_dbm, snr_db, snr_min_db, ccq_percent, ccq_min_percent, tx_rate_bps, rx_rate_bps, clients)
        select s.device_id, s.radio, ${hour}, count(*), avg(s.signal_dbm), min(s.signal_dbm), avg(s.noise_dbm), avg(s.snr_db), min(s.snr_db),
          avg(s.ccq_percent), min(s.ccq_percent), avg(s.tx_rate_bps), avg(s.rx_rate_bps), max(s.clients)
        from devices d cross join wireless_samples s
        where s.device_id = d.id and s.t >= ${hour} and s.t < ${end}
        group by s.device_id, s.radio
        on conflict (device_id, radio, t) do update set samples = excluded.samples, signal_dbm = excluded.signal_dbm, signal_min_dbm = excluded.signal_min_dbm,
          noise_dbm = excluded.noise_dbm, snr_db = excluded.snr_db, snr_min_db = excluded.snr_min_db, ccq_percent = excluded.ccq_percent,
          ccq_min_percent = excluded.ccq_min_percent, tx_rate_bps = excluded.tx_rate_bps, rx_rate_bps = excluded.rx_rate_bps, clients = excluded.clients`.execute(db);
    },
    /** The newest hour already rolled up, by one index seek per device (null: none yet). */
    async lastRolledHour(): Promise<number | null> {
      const r = await sql<{ t: number | null }>`select max(m) as t from (
        select (select max(x.t) from interface_rollup_1h x where x.device_id = d.id) as m from devices d
        union all select (select max(y.t) from wireless_rollup_1h y where y.device_id = d.id) as m from devices d) per_device`.execute(db);
      const t = r.rows[0]?.t;
      return t === null || t === undefined ? null : Number(t);
    },
    async traffic(tier: SnmpTier, deviceId: number, ifIndex: number, from: number, to: number, step: number): Promise<TrafficPoint[]> {
      const raw = tier === 'raw';
      const table = raw ? 'interface_samples' : 'interface_rollup_1h';
      const inMax = raw ? sql`max(in_bps)` : sql`max(in_max_bps)`;
      const outMax = raw ? sql`max(out_bps)` : sql`max(out_max_bps)`;
      const weight = raw ? sql`1` : sql`samples`;
      const rows = await sql<Record<string, unknown>>`
        select (t / ${sql.lit(step)}) * ${sql.lit(step)} as b,
          sum(in_bps * ${weight}) / nullif(sum(case when in_bps is null then 0 else ${weight} end), 0) as in_bps,
          sum(out_bps * ${weight}) / nullif(sum(case when out_bps is null then 0 else ${weight} end), 0) as out_bps,
          ${inMax} as in_max, ${outMax} as out_max,
          coalesce(sum(in_errors), 0) as in_errors, coalesce(sum(out_errors), 0) as out_errors
        from ${sql.table(table)}
        where device_id = ${deviceId} and if_index = ${ifIndex} and t >= ${from} and t < ${to}
        group by b order by b`.execute(db);
      return rows.rows.map((r) => ({
        t: Number(r.b),
        inBps: n(r.in_bps),
        outBps: n(r.out_bps),
        inMaxBps: n(r.in_max),
        outMaxBps: n(r.out_max),
        inErrors: Number(r.in_errors),
        outErrors: Number(r.out_errors),
      }));
    },
    async wireless(tier: SnmpTier, deviceId: number, radio: number, from: number, to: number, step: number): Promise<WirelessPoint[]> {
      const raw = tier === 'raw';
      const table = raw ? 'wireless_samples' : 'wireless_rollup_1h';
      const signalMin = raw ? sql`min(signal_dbm)` : sql`min(signal_min_dbm)`;
      const rows = await sql<Record<string, unknown>>`
        select (t / ${sql.lit(step)}) * ${sql.lit(step)} as b,
          avg(signal_dbm) as signal_dbm, ${signalMin} as signal_min, avg(noise_dbm) as noise_dbm, avg(snr_db) as snr_db,
          avg(ccq_percent) as ccq_percent, avg(tx_rate_bps) as tx_rate_bps, avg(rx_rate_bps) as rx_rate_bps, max(clients) as clients
        from ${sql.table(table)}
        where device_id = ${deviceId} and radio = ${radio} and t >= ${from} and t < ${to}
        group by b order by b`.execute(db);
      return rows.rows.map((r) => ({
        t: Number(r.b),
        signalDbm: n(r.signal_dbm),
        signalMinDbm: n(r.signal_min),
        noiseDbm: n(r.noise_dbm),
        snrDb: n(r.snr_db),
        ccqPercent: n(r.ccq_percent),
        txRateBps: n(r.tx_rate_bps),
        rxRateBps: n(r.rx_rate_bps),
        clients: n(r.clients),
      }));
    },
    expire: (table: SnmpHistoryTable, before: number, slice?: number) => expireHistory(db, table, before, slice),
  };
}
export type SnmpHistoryRepo = ReturnType<typeof createSnmpHistoryRepo>;
