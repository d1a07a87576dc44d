import type { Kysely } from 'kysely';
import type { Database } from '../types.js';
import { toIso } from '../types.js';

/** One closed hour of one device series, as stored. */
export interface StoredHour {
  deviceId: number;
  series: string;
  /** Unix seconds, start of the hour. */
  t: number;
  median: number;
  mad: number;
  count: number;
}

export interface Anomaly {
  id: number;
  deviceId: number;
  series: string;
  startedAt: number;
  endedAt: number | null;
  direction: 'up' | 'down';
  value: number;
  expected: number;
  spread: number;
  peakZ: number;
}

export interface AnomalyQuery {
  deviceId?: number;
  /** ms; anomalies that were going on at some point in [from, to). */
  from?: number;
  to?: number;
  state?: 'open' | 'all';
  limit: number;
}

const CHUNK = 500;
const ms = (v: Date | string) => new Date(v).getTime();

type Row = Database['anomalies'] extends infer T ? { [K in keyof T]: unknown } : never;
function fromRow(r: Row & { device_name?: unknown }): Anomaly & { deviceName?: string } {
  return {
    id: Number(r.id),
    deviceId: Number(r.device_id),
    series: String(r.series),
    startedAt: ms(r.started_at as string),
    endedAt: r.ended_at === null ? null : ms(r.ended_at as string),
    direction: r.direction === 'down' ? 'down' : 'up',
    value: Number(r.value),
    expected: Number(r.expected),
    spread: Number(r.spread),
    peakZ: Number(r.peak_z),
    ...(r.device_name !== undefined && { deviceName: String(r.device_name) }),
  };
}

/** Anomaly detection's storage: the model's hourly history, and the anomalies found. */
export function createAnomaliesRepo(db: Kysely<Database>) {
  return {
    /** Upserts closed hours, a few hundred rows per statement. */
    async saveHours(rows: StoredHour[]) {
      for (let i = 0; i < rows.length; i += CHUNK) {
        const values = rows.slice(i, i + CHUNK).map((r) => ({ device_id: r.deviceId, series: r.series, t: r.t, median: r.median, mad: r.mad, count: r.count }));
        await db
          .insertInto('anomaly_hours')
          .values(values)
          .onConflict((oc) => oc.columns(['device_id', 'series', 't']).doUpdateSet((eb) => ({ median: eb.ref('excluded.median'), mad: eb.ref('excluded.mad'), count: eb.ref('excluded.count') })))
          .execute();
      }
    },
    /** Every stored hour since `fromT`, page by page (a large install has millions). */
    async *hoursSince(fromT: number, page = 50_000): AsyncGenerator<StoredHour[]> {
      let last: { d: number; s: string; t: number } | null = null;
      for (;;) {
        let q = db.selectFrom('anomaly_hours').selectAll().where('t', '>=', fromT).orderBy('device_id').orderBy('series').orderBy('t').limit(page);
        if (last) {
          const l: { d: number; s: string; t: number } = last;
          q = q.where((eb) => eb.or([eb('device_id', '>', l.d), eb.and([eb('device_id', '=', l.d), eb('series', '>', l.s)]), eb.and([eb('device_id', '=', l.d), eb('series', '=', l.s), eb('t', '>', l.t)])]));
        }
        const rows = await q.execute();
        if (rows.length === 0) return;
        const out = rows.map((r) => ({ deviceId: r.device_id, series: r.series, t: Number(r.t), median: Number(r.median), mad: Number(r.mad), count: Number(r.count) }));
        const end = out[out.length - 1]!;
        last = { d: end.deviceId, s: end.series, t: end.t };
        yield out;
        if (rows.length < page) return;
      }
    },
    /** One series' hours in [fromT, toT): what a chart's baseline band is drawn from. */
    hours: async (deviceId: number, series: string, fromT: number, toT: number): Promise<StoredHour[]> =>
      (await db.selectFrom('anomaly_hours').selectAll().where('device_id', '=', deviceId).where('series', '=', series).where('t', '>=', fromT).where('t', '<', toT).orderBy('t').execute()).map(
        (r) => ({ deviceId: r.device_id, series: r.series, t: Number(r.t), median: Number(r.median), mad: Number(r.mad), count: Number(r.count) }),
      ),
    expireHours: async (beforeT: number) => Number((await db.deleteFrom('anomaly_hours').where('t', '<', beforeT).executeTakeFirst()).numDeletedRows),

    async open(a: Omit<Anomaly, 'id' | 'endedAt'>): Promise<Anomaly> {
      const row = await db
        .insertInto('anomalies')
        .values({ device_id: a.deviceId, series: a.series, started_at: toIso(new Date(a.startedAt)), direction: a.direction, value: a.value, expected: a.expected, spread: a.spread, peak_z: a.peakZ })
        .returningAll()
        .executeTakeFirstOrThrow();
      return fromRow(row as Row);
    },
    async update(id: number, p: Partial<Pick<Anomaly, 'endedAt' | 'value' | 'expected' | 'spread' | 'peakZ'>>) {
      await db
        .updateTable('anomalies')
        .set({
          ...(p.endedAt !== undefined && { ended_at: p.endedAt === null ? null : toIso(new Date(p.endedAt)) }),
          ...(p.value !== undefined && { value: p.value }),
          ...(p.expected !== undefined && { expected: p.expected }),
          ...(p.spread !== undefined && { spread: p.spread }),
          ...(p.peakZ !== undefined && { peak_z: p.peakZ }),
        })
        .where('id', '=', id)
        .execute();
    },
    loadOpen: async (): Promise<Anomaly[]> => (await db.selectFrom('anomalies').selectAll().where('ended_at', 'is', null).orderBy('id').execute()).map((r) => fromRow(r as Row)),
    async list(q: AnomalyQuery): Promise<(Anomaly & { deviceName?: string })[]> {
      let query = db.selectFrom('anomalies').innerJoin('devices', 'devices.id', 'anomalies.device_id').selectAll('anomalies').select('devices.name as device_name');
      if (q.deviceId !== undefined) query = query.where('anomalies.device_id', '=', q.deviceId);
      if (q.state === 'open') query = query.where('anomalies.ended_at', 'is', null);
      if (q.to !== undefined) query = query.where('anomalies.started_at', '<', toIso(new Date(q.to)));
      if (q.from !== undefined) {
        const from = toIso(new Date(q.from));
        query = query.where((eb) => eb.or([eb('anomalies.ended_at', 'is', null), eb('anomalies.ended_at', '>=', from)]));
      }
      const rows = await query.orderBy('anomalies.started_at', 'desc').orderBy('anomalies.id', 'desc').limit(q.limit).execute();
      return rows.map((r) => fromRow(r as unknown as Row & { device_name: unknown }));
    },
  };
}
export type AnomaliesRepo = ReturnType<typeof createAnomaliesRepo>;
