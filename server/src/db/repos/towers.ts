import { sql, type Kysely } from 'kysely';
import type { Database, TowerRow } from '../types.js';
import { now, toIso } from '../types.js';
import type { Tower, TowerCreate, TowerPatch } from '../../http/routes/towers/schema.js';

type StatusCounts = Tower['statusCounts'];
type TowerWithCount = TowerRow & { device_count: number | string; uplink_name: string | null; status_counts?: StatusCounts };
const noCounts = (): StatusCounts => ({ up: 0, down: 0, degraded: 0, unreachable: 0, unknown: 0 });

export function presentTower(row: TowerWithCount): Tower {
  return {
    id: row.id,
    name: row.name,
    code: row.code,
    latitude: Number(row.latitude),
    longitude: Number(row.longitude),
    address: row.address,
    notes: row.notes,
    uplinkDeviceId: row.uplink_device_id,
    uplinkDeviceName: row.uplink_name,
    deviceCount: Number(row.device_count),
    statusCounts: row.status_counts ?? noCounts(),
    // Filled in by the route: maintenance windows live in alerting's memory.
    maintenance: 0,
    // Filled in by the route from the tower tracker's memory.
    status: 'unknown',
    statusSince: null,
    reason: null,
    reasonParts: [],
    infraDown: 0,
    customersDown: 0,
    customers: 0,
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
  };
}

const blankToNull = (v: string | null | undefined) => (v === undefined ? undefined : v === null || v.trim() === '' ? null : v.trim());

export function createTowersRepo(db: Kysely<Database>) {
  const withCount = () =>
    db
      .selectFrom('towers')
      .leftJoin('devices as uplink', 'uplink.id', 'towers.uplink_device_id')
      .selectAll('towers')
      .select('uplink.name as uplink_name')
      .select((eb) =>
        eb.selectFrom('devices').whereRef('devices.tower_id', '=', 'towers.id').select((e) => e.fn.countAll<number>().as('n')).as('device_count'),
      );
  /** Enabled devices per tower and status, in one grouped query. */
  async function statusCounts(towerId?: number): Promise<Map<number, StatusCounts>> {
    let q = db
      .selectFrom('devices')
      .leftJoin('device_status', 'device_status.device_id', 'devices.id')
      .select((eb) => ['devices.tower_id', 'device_status.status', eb.fn.countAll<number>().as('n')])
      .where('devices.enabled', '=', 1)
      .where('devices.tower_id', 'is not', null)
      .groupBy(['devices.tower_id', 'device_status.status']);
    if (towerId !== undefined) q = q.where('devices.tower_id', '=', towerId);
    const out = new Map<number, StatusCounts>();
    for (const r of await q.execute()) {
      const counts = out.get(r.tower_id!) ?? noCounts();
      counts[(r.status ?? 'unknown') as keyof StatusCounts] += Number(r.n);
      out.set(r.tower_id!, counts);
    }
    return out;
  }
  const withStatus = async (rows: TowerWithCount[], towerId?: number) => {
    const counts = await statusCounts(towerId);
    return rows.map((r) => ({ ...r, status_counts: counts.get(r.id) ?? noCounts() }));
  };

  return {
    async list(q?: string): Promise<TowerWithCount[]> {
      let query = withCount().orderBy('towers.name');
      if (q) {
        const like = `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        query = query.where((eb) =>
          eb.or([sql<boolean>`lower(towers.name) like ${like} escape '\\'`, sql<boolean>`lower(towers.code) like ${like} escape '\\'`]),
        );
      }
      return withStatus((await query.execute()) as TowerWithCount[]);
    },
    byId: async (id: number) => {
      const row = (await withCount().where('towers.id', '=', id).executeTakeFirst()) as TowerWithCount | undefined;
      return row ? (await withStatus([row], id))[0] : undefined;
    },
    byCode: (code: string) => db.selectFrom('towers').selectAll().where('code', '=', code).executeTakeFirst(),
    /** Towers as import rows refer to them: by code or by (case-insensitive) name. */
    async lookupTable(): Promise<Map<string, number>> {
      const rows = await db.selectFrom('towers').select(['id', 'name', 'code']).execute();
      const map = new Map<string, number>();
      for (const r of rows) map.set(r.name.toLowerCase(), r.id);
      for (const r of rows) if (r.code) map.set(r.code.toLowerCase(), r.id); // a code wins over a name
      return map;
    },
    async create(t: TowerCreate): Promise<number> {
      const at = now();
      const row = await db
        .insertInto('towers')
        .values({
          name: t.name.trim(),
          code: blankToNull(t.code) ?? null,
          latitude: t.latitude,
          longitude: t.longitude,
          address: blankToNull(t.address) ?? null,
          notes: blankToNull(t.notes) ?? null,
          uplink_device_id: t.uplinkDeviceId ?? null,
          created_at: at,
          updated_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    async update(id: number, t: TowerPatch): Promise<void> {
      await db
        .updateTable('towers')
        .set({
          updated_at: now(),
          ...(t.name !== undefined && { name: t.name.trim() }),
          ...(t.code !== undefined && { code: blankToNull(t.code) }),
          ...(t.latitude !== undefined && { latitude: t.latitude }),
          ...(t.longitude !== undefined && { longitude: t.longitude }),
          ...(t.address !== undefined && { address: blankToNull(t.address) }),
          ...(t.notes !== undefined && { notes: blankToNull(t.notes) }),
          // An uplink chosen here replaces one a tower CSV left waiting for its host.
          ...(t.uplinkDeviceId !== undefined && { uplink_device_id: t.uplinkDeviceId, pending_uplink_host: null }),
        })
        .where('id', '=', id)
        .execute();
    },
    remove: (id: number) => db.deleteFrom('towers').where('id', '=', id).execute(),
    countDevices: async (id: number) =>
      (await db.selectFrom('devices').where('tower_id', '=', id).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n,
  };
}
export type TowersRepo = ReturnType<typeof createTowersRepo>;
