import { sql, type Kysely } from 'kysely';
import type { Database, TowerRow } from '../types.js';
import { now, toIso } from '../types.js';
import type { Tower, TowerCreate, TowerPatch } from '../../http/routes/towers/schema.js';

type TowerWithCount = TowerRow & { device_count: number | string; uplink_name: string | null };

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
  return {
    async list(q?: string): Promise<TowerWithCount[]> {
      let query = withCount().orderBy('towers.name');
      if (q) {
        const like = `%${q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        query = query.where((eb) =>
          eb.or([sql<boolean>`lower(towers.name) like ${like} escape '\\'`, sql<boolean>`lower(towers.code) like ${like} escape '\\'`]),
        );
      }
      return (await query.execute()) as TowerWithCount[];
    },
    byId: async (id: number) => (await withCount().where('towers.id', '=', id).executeTakeFirst()) as TowerWithCount | undefined,
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
          ...(t.uplinkDeviceId !== undefined && { uplink_device_id: t.uplinkDeviceId }),
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
