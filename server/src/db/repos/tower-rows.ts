import type { Kysely } from 'kysely';
import type { Database, TowerRow } from '../types.js';
import { now } from '../types.js';

type Db = Kysely<Database>;

/** A tower's stored fields as the tower CSV reads and writes them. */
export interface TowerFields {
  name: string;
  code: string | null;
  latitude: number;
  longitude: number;
  address: string | null;
  notes: string | null;
  uplinkDeviceId: number | null;
  pendingUplinkHost: string | null;
}

export const toTowerFields = (r: TowerRow): TowerFields => ({
  name: r.name,
  code: r.code,
  latitude: Number(r.latitude),
  longitude: Number(r.longitude),
  address: r.address,
  notes: r.notes,
  uplinkDeviceId: r.uplink_device_id,
  pendingUplinkHost: r.pending_uplink_host,
});

const toColumns = (t: TowerFields) => ({
  name: t.name,
  code: t.code,
  latitude: t.latitude,
  longitude: t.longitude,
  address: t.address,
  notes: t.notes,
  uplink_device_id: t.uplinkDeviceId,
  pending_uplink_host: t.pendingUplinkHost,
});

/** Towers in bulk, for the tower CSV import and export, and the uplinks waiting for their device. */
export function createTowerRowsRepo(db: Db) {
  return {
    all: (d: Db = db) => d.selectFrom('towers').selectAll().orderBy('id').execute(),
    /** Every tower with its uplink's host, in CSV export order. */
    exportRows: () =>
      db
        .selectFrom('towers')
        .leftJoin('devices as uplink', 'uplink.id', 'towers.uplink_device_id')
        .selectAll('towers')
        .select('uplink.host as uplink_host')
        .orderBy('towers.id')
        .execute(),
    async insertMany(towers: TowerFields[], d: Db = db): Promise<void> {
      if (towers.length === 0) return;
      const at = now();
      await d.insertInto('towers').values(towers.map((t) => ({ ...toColumns(t), created_at: at, updated_at: at }))).execute();
    },
    update: async (id: number, t: TowerFields, d: Db = db) => {
      await d.updateTable('towers').set({ ...toColumns(t), updated_at: now() }).where('id', '=', id).execute();
    },
    /** Towers whose uplink is a host no device had when it was given. */
    waitingUplinks: (d: Db = db) =>
      d.selectFrom('towers').select(['id', 'name', 'pending_uplink_host']).where('pending_uplink_host', 'is not', null).where('uplink_device_id', 'is', null).execute(),
    setUplink: async (id: number, deviceId: number, d: Db = db) => {
      await d.updateTable('towers').set({ uplink_device_id: deviceId, pending_uplink_host: null, updated_at: now() }).where('id', '=', id).execute();
    },
  };
}
export type TowerRowsRepo = ReturnType<typeof createTowerRowsRepo>;
