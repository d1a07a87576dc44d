import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database, DeviceRow } from '../types.js';
import { now, toIso, toIsoOrNull } from '../types.js';
import type { Device, DeviceListQuery, DeviceStatus, DeviceType, SnmpPublic, SnmpSettings } from '../../http/routes/devices/schema.js';
import type { DependencyGraph } from '../../inventory/dependencies.js';
import { canonicalType, type TypeAlias } from '../../inventory/roles.js';

/** A device as the inventory holds it, SNMP secrets included. */
export interface DeviceRecord {
  name: string;
  host: string;
  type: DeviceType;
  vendor: string | null;
  model: string | null;
  towerId: number | null;
  parentId: number | null;
  enabled: boolean;
  tags: string[];
  notes: string | null;
  latencyThresholdMs: number | null;
  snmp: SnmpSettings | null;
}

type Row = DeviceRow & {
  tower_uplink_id: number | null;
  tower_name: string | null;
  parent_name: string | null;
  status: string | null;
  status_since: Date | string | null;
  flapping: number | boolean | null;
  status_reason: string | null;
  signal_dbm: number | null;
  ccq_percent: number | null;
  snmp_error: string | null;
};

export function snmpPublic(s: SnmpSettings | null): SnmpPublic | null {
  if (!s) return null;
  if (s.version === '3') {
    return { version: '3', port: s.port ?? 161, username: s.username, authProtocol: s.authProtocol, privProtocol: s.privProtocol ?? null };
  }
  return { version: s.version, port: s.port ?? 161 };
}

export function toRecord(row: DeviceRow): DeviceRecord {
  return {
    name: row.name,
    host: row.host,
    type: row.type as DeviceType,
    vendor: row.vendor,
    model: row.model,
    towerId: row.tower_id,
    parentId: row.parent_id,
    enabled: Boolean(row.enabled),
    tags: JSON.parse(row.tags) as string[],
    notes: row.notes,
    latencyThresholdMs: row.latency_threshold_ms,
    snmp: row.snmp ? (JSON.parse(row.snmp) as SnmpSettings) : null,
  };
}

export function presentDevice(row: Row): Device {
  const r = toRecord(row);
  const uplink = row.tower_uplink_id === row.id ? null : row.tower_uplink_id;
  return {
    id: row.id,
    ...r,
    towerName: row.tower_name,
    parentName: row.parent_name,
    effectiveParentId: r.parentId ?? uplink ?? null,
    snmp: snmpPublic(r.snmp),
    status: (row.status ?? 'unknown') as DeviceStatus,
    statusSince: toIsoOrNull(row.status_since),
    flapping: Boolean(row.flapping),
    statusReason: row.status_reason,
    statusReasonDevice: null, // named by the route, from the inventory
    rttMs: null,
    lossPercent: null,
    lastCheckAt: null,
    signalDbm: row.signal_dbm,
    ccqPercent: row.ccq_percent,
    snmpError: row.snmp_error,
    maintenance: false,
    createdAt: toIso(row.created_at),
    updatedAt: toIso(row.updated_at),
  };
}

function toColumns(r: Partial<DeviceRecord>) {
  return {
    ...(r.name !== undefined && { name: r.name }),
    ...(r.host !== undefined && { host: r.host }),
    ...(r.type !== undefined && { type: r.type }),
    ...(r.vendor !== undefined && { vendor: r.vendor }),
    ...(r.model !== undefined && { model: r.model }),
    ...(r.towerId !== undefined && { tower_id: r.towerId }),
    ...(r.parentId !== undefined && { parent_id: r.parentId }),
    ...(r.enabled !== undefined && { enabled: r.enabled ? 1 : 0 }),
    ...(r.tags !== undefined && { tags: JSON.stringify(r.tags) }),
    ...(r.notes !== undefined && { notes: r.notes }),
    ...(r.latencyThresholdMs !== undefined && { latency_threshold_ms: r.latencyThresholdMs }),
    ...(r.snmp !== undefined && { snmp: r.snmp ? JSON.stringify(r.snmp) : null }),
  };
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

const SORT_COLUMNS = {
  name: 'devices.name',
  host: 'devices.host',
  type: 'devices.type',
  tower: 'towers.name',
  status: 'device_status.status',
  signal: 'snmp_state.signal_dbm',
  ccq: 'snmp_state.ccq_percent',
  since: 'device_status.since',
  createdAt: 'devices.id',
} as const;

type Db = Kysely<Database> | Transaction<Database>;

export function createDevicesRepo(db: Kysely<Database>) {
  const base = (d: Db = db) =>
    d
      .selectFrom('devices')
      .leftJoin('towers', 'towers.id', 'devices.tower_id')
      .leftJoin('devices as parent', 'parent.id', 'devices.parent_id')
      .leftJoin('device_status', 'device_status.device_id', 'devices.id')
      .leftJoin('snmp_state', 'snmp_state.device_id', 'devices.id')
      .selectAll('devices')
      .select([
        'towers.uplink_device_id as tower_uplink_id',
        'towers.name as tower_name',
        'parent.name as parent_name',
        'device_status.status as status',
        'device_status.since as status_since',
        'device_status.flapping as flapping',
        'device_status.reason as status_reason',
        'snmp_state.signal_dbm as signal_dbm',
        'snmp_state.ccq_percent as ccq_percent',
        'snmp_state.error as snmp_error',
      ]);

  const filtered = (q: DeviceListQuery, within?: { ids: number[]; exclude: boolean }) => {
    let query = base();
    if (within && (within.ids.length > 0 || !within.exclude)) {
      query = within.ids.length === 0 ? query.where(sql<boolean>`1 = 0`) : query.where('devices.id', within.exclude ? 'not in' : 'in', within.ids);
    }
    if (q.towerId !== undefined) query = query.where('devices.tower_id', '=', q.towerId);
    if (q.parentId !== undefined) query = query.where('devices.parent_id', '=', q.parentId);
    if (q.type) query = query.where('devices.type', 'in', q.type.split(',').map((t) => canonicalType(t as DeviceType | TypeAlias)));
    if (q.enabled !== undefined) query = query.where('devices.enabled', '=', q.enabled ? 1 : 0);
    if (q.status) {
      const wanted = q.status.split(',');
      query = query.where((eb) =>
        wanted.includes('unknown')
          ? eb.or([eb('device_status.status', 'in', wanted), eb('device_status.status', 'is', null)])
          : eb('device_status.status', 'in', wanted),
      );
    }
    if (q.q && q.q.trim() !== '') {
      const like = `%${escapeLike(q.q.trim().toLowerCase())}%`;
      query = query.where((eb) =>
        eb.or([
          sql<boolean>`lower(devices.name) like ${like} escape '\\'`,
          sql<boolean>`lower(devices.host) like ${like} escape '\\'`,
          sql<boolean>`lower(devices.tags) like ${like} escape '\\'`,
        ]),
      );
    }
    return query;
  };

  return {
    /** `within`: only these ids (or, with `exclude`, all but these), decided outside SQL. */
    async list(q: DeviceListQuery, within?: { ids: number[]; exclude: boolean }): Promise<{ items: Row[]; total: number }> {
      const query = filtered(q, within);
      const { total } = await query
        .clearSelect()
        .select((eb) => eb.fn.countAll<number>().as('total'))
        .executeTakeFirstOrThrow();
      const sort = q.sort ?? 'name';
      const desc = sort.startsWith('-');
      const column = SORT_COLUMNS[(desc ? sort.slice(1) : sort) as keyof typeof SORT_COLUMNS] ?? SORT_COLUMNS.name;
      const items = await query
        // Devices without a value (no SNMP, not a radio) come last either way; SQLite and PostgreSQL disagree by default.
        .orderBy(sql`${sql.ref(column)} is null`)
        .orderBy(column, desc ? 'desc' : 'asc')
        .orderBy('devices.id', desc ? 'desc' : 'asc')
        .limit(q.limit ?? 50)
        .offset(q.offset ?? 0)
        .execute();
      return { items, total: Number(total) };
    },
    /** Every id the filters keep, by name: the page of a sort SQL cannot do (last round's RTT, loss) is cut outside. */
    async filteredIds(q: DeviceListQuery, within?: { ids: number[]; exclude: boolean }): Promise<number[]> {
      const rows = await filtered(q, within).clearSelect().select('devices.id').orderBy('devices.name').orderBy('devices.id').execute();
      return rows.map((r) => r.id);
    },
    byId: (id: number, d: Db = db) => base(d).where('devices.id', '=', id).executeTakeFirst(),
    byIds: async (ids: number[]) => (ids.length === 0 ? [] : base().where('devices.id', 'in', ids).execute()),
    byHost: (host: string, d: Db = db) => d.selectFrom('devices').select(['id']).where('host', '=', host).executeTakeFirst(),
    /** Every device in CSV export order, with tower and parent names for references. */
    exportRows: () =>
      db
        .selectFrom('devices')
        .leftJoin('towers', 'towers.id', 'devices.tower_id')
        .leftJoin('devices as parent', 'parent.id', 'devices.parent_id')
        .selectAll('devices')
        .select(['towers.name as tower_name', 'towers.code as tower_code', 'parent.host as parent_host'])
        .orderBy('devices.id')
        .execute(),
    async insert(r: DeviceRecord, d: Db = db): Promise<number> {
      const [row] = await this.insertMany([r], d);
      return row!.id;
    },
    /** Inserts a chunk of devices in one statement; returns their ids by host. */
    async insertMany(records: DeviceRecord[], d: Db = db): Promise<{ id: number; host: string }[]> {
      if (records.length === 0) return [];
      const at = now();
      return d
        .insertInto('devices')
        .values(records.map((r) => ({ ...toColumns(r), name: r.name, host: r.host, type: r.type, enabled: r.enabled ? 1 : 0, tags: JSON.stringify(r.tags), created_at: at, updated_at: at })))
        .returning(['id', 'host'])
        .execute();
    },
    async update(id: number, r: Partial<DeviceRecord>, d: Db = db): Promise<void> {
      await d.updateTable('devices').set({ ...toColumns(r), updated_at: now() }).where('id', '=', id).execute();
    },
    async remove(id: number): Promise<void> {
      await db.transaction().execute(async (tx) => {
        await tx.updateTable('towers').set({ uplink_device_id: null }).where('uplink_device_id', '=', id).execute();
        await tx.updateTable('devices').set({ parent_id: null }).where('parent_id', '=', id).execute();
        await tx.deleteFrom('devices').where('id', '=', id).execute();
      });
    },
    /** Ids, hosts and dependency links of every device: the input of cycle checks and imports. */
    async loadGraph(d: Db = db): Promise<DependencyGraph & { hosts: Map<string, number> }> {
      const [devices, towers] = await Promise.all([
        d.selectFrom('devices').select(['id', 'host', 'parent_id', 'tower_id']).execute(),
        d.selectFrom('towers').select(['id', 'uplink_device_id']).execute(),
      ]);
      return {
        devices: new Map(devices.map((r) => [r.id, { parentId: r.parent_id, towerId: r.tower_id }])),
        uplinks: new Map(towers.map((t) => [t.id, t.uplink_device_id])),
        hosts: new Map(devices.map((r) => [r.host.toLowerCase(), r.id])),
      };
    },
    /** What the monitoring engine needs of every device, and the towers' uplinks. */
    async monitoringView() {
      const [devices, towers] = await Promise.all([
        db.selectFrom('devices').select(['id', 'name', 'host', 'type', 'enabled', 'parent_id', 'tower_id', 'latency_threshold_ms', 'snmp']).execute(),
        db.selectFrom('towers').select(['id', 'uplink_device_id']).execute(),
      ]);
      return { devices, towers };
    },
    /** In chunks: SQLite refuses more than 32,766 parameters in one statement. */
    async recordsByIds(ids: number[], d: Db = db) {
      const out: DeviceRow[] = [];
      for (let i = 0; i < ids.length; i += 500) out.push(...(await d.selectFrom('devices').selectAll().where('id', 'in', ids.slice(i, i + 500)).execute()));
      return out;
    },
  };
}
export type DevicesRepo = ReturnType<typeof createDevicesRepo>;
