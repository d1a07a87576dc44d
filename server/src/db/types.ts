import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';

/** SQLite returns ISO text, PostgreSQL a Date; we always write ISO strings. */
export type Timestamp = ColumnType<Date | string, string, string>;
/** SQLite returns 0/1, PostgreSQL a boolean; we write 0/1 (both accept it). */
export type Bool = ColumnType<number | boolean, number, number>;

export interface UsersTable {
  id: Generated<number>;
  email: string;
  name: string;
  role: 'admin' | 'operator' | 'viewer';
  password_hash: string;
  must_change_password: Bool;
  language: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface SessionsTable {
  id: Generated<number>;
  token_hash: string;
  user_id: number;
  kind: 'session' | 'api';
  name: string | null;
  created_at: Timestamp;
  expires_at: Timestamp | null;
  last_used_at: Timestamp | null;
}

export interface TowersTable {
  id: Generated<number>;
  name: string;
  code: string | null;
  latitude: number;
  longitude: number;
  address: string | null;
  notes: string | null;
  uplink_device_id: number | null;
  /** The uplink's host while no device has it yet (a tower CSV imported before the equipment). */
  pending_uplink_host: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface DevicesTable {
  id: Generated<number>;
  name: string;
  host: string;
  type: string;
  vendor: string | null;
  model: string | null;
  tower_id: number | null;
  parent_id: number | null;
  enabled: Bool;
  /** JSON array of strings. */
  tags: string;
  notes: string | null;
  /** JSON of the SNMP settings (discriminated by version), secrets included; never sent out. */
  snmp: string | null;
  latency_threshold_ms: number | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface DeviceStatusTable {
  device_id: number;
  status: string;
  since: Timestamp;
  flapping: Bool;
  reason: string | null;
}

export interface StatusEventsTable {
  id: Generated<number>;
  device_id: number;
  at: Timestamp;
  from_status: string;
  to_status: string;
  reason: string | null;
}

export interface TowerStatusEventsTable {
  id: Generated<number>;
  tower_id: number;
  at: Timestamp;
  from_status: string;
  to_status: string;
  reason: string | null;
  infra_down: number;
  customers_down: number;
  customers: number;
}

/** t in unix seconds; RTTs in microseconds. */
export interface PingSamplesTable {
  device_id: number;
  t: number;
  rtt_avg: number | null;
  rtt_min: number | null;
  rtt_max: number | null;
  sent: number;
  lost: number;
}

export interface PingRollupTable {
  device_id: number;
  t: number;
  rounds: number;
  rtt_avg: number | null;
  rtt_min: number | null;
  rtt_max: number | null;
  rtt_p95: number | null;
  sent: number;
  lost: number;
}

export interface SnmpStateTable {
  device_id: number;
  polled_at: Timestamp;
  /** The last poll that answered: counters in `interfaces` are from then. */
  ok_at: Timestamp | null;
  error: string | null;
  error_since: Timestamp | null;
  /** JSON documents of the latest poll (see monitoring/snmp/state.ts). */
  system: string | null;
  interfaces: string | null;
  wireless: string | null;
  clients: string | null;
  signal_dbm: number | null;
  ccq_percent: number | null;
}

export interface SnmpEventsTable {
  id: Generated<number>;
  device_id: number;
  at: Timestamp;
  kind: string;
  if_index: number | null;
  detail: string | null;
}

/** t in unix seconds; rates in bit/s; errors and discards counted since the previous poll. */
export interface InterfaceSamplesTable {
  device_id: number;
  if_index: number;
  t: number;
  in_bps: number | null;
  out_bps: number | null;
  in_errors: number | null;
  out_errors: number | null;
  in_discards: number | null;
  out_discards: number | null;
}

export interface InterfaceRollupTable extends InterfaceSamplesTable {
  samples: number;
  in_max_bps: number | null;
  out_max_bps: number | null;
}

export interface WirelessSamplesTable {
  device_id: number;
  radio: number;
  t: number;
  signal_dbm: number | null;
  noise_dbm: number | null;
  snr_db: number | null;
  ccq_percent: number | null;
  tx_rate_bps: number | null;
  rx_rate_bps: number | null;
  clients: number | null;
}

export interface WirelessRollupTable extends WirelessSamplesTable {
  samples: number;
  signal_min_dbm: number | null;
  snr_min_db: number | null;
  ccq_min_percent: number | null;
}

export interface AlertsTable {
  id: Generated<number>;
  kind: string;
  subject: Generated<string>;
  severity: string;
  device_id: number | null;
  tower_id: number | null;
  started_at: Timestamp;
  resolved_at: Timestamp | null;
  acknowledged_at: Timestamp | null;
  acknowledged_by: string | null;
  message: string;
  suppressed_by: number | string | null;
  details: string | null;
  notified_at: Timestamp | null;
}

export interface MaintenanceWindowsTable {
  id: Generated<number>;
  scope: string;
  target_id: number | null;
  starts_at: Timestamp;
  ends_at: Timestamp;
  recurrence: string | null;
  reason: string | null;
  created_by: string | null;
  created_at: Timestamp;
  ended_at: Timestamp | null;
}

export interface NotificationOutboxTable {
  id: Generated<number>;
  channel: string;
  target: string;
  /** JSON of what the channel sends. */
  payload: string;
  dedupe_key: string | null;
  created_at: Timestamp;
  attempts: Generated<number>;
  next_attempt_at: Timestamp;
  sent_at: Timestamp | null;
  last_error: string | null;
  /** Set before a send, kept until its outcome is recorded: still set after a crash = in doubt. */
  sending_at: Timestamp | null;
}

export interface SettingsTable {
  key: string;
  /** JSON. */
  value: string;
  updated_at: Timestamp;
}

export interface SyntheticTargetsTable {
  id: Generated<number>;
  name: string;
  kind: string;
  /** JSON of the check. */
  settings: string;
  external: Bool;
  enabled: Bool;
  status: Generated<string>;
  status_since: Timestamp | null;
  last_at: Timestamp | null;
  last_latency_ms: number | null;
  last_reason: string | null;
  created_at: Timestamp;
}

export interface SyntheticResultsTable {
  target_id: number;
  /** Unix seconds. */
  t: number;
  ok: Bool;
  latency_ms: number | null;
  loss_percent: number | null;
  reason: string | null;
  /** JSON. */
  detail: string | null;
}

export interface AnomalyHoursTable {
  device_id: number;
  series: string;
  /** Unix seconds, start of the hour. */
  t: number;
  median: number;
  mad: number;
  count: number;
}

export interface AnomaliesTable {
  id: Generated<number>;
  device_id: number;
  series: string;
  started_at: Timestamp;
  ended_at: Timestamp | null;
  direction: string;
  value: number;
  expected: number;
  spread: number;
  peak_z: number;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  towers: TowersTable;
  devices: DevicesTable;
  device_status: DeviceStatusTable;
  status_events: StatusEventsTable;
  tower_status_events: TowerStatusEventsTable;
  ping_samples: PingSamplesTable;
  ping_rollup_5m: PingRollupTable;
  ping_rollup_1h: PingRollupTable;
  snmp_state: SnmpStateTable;
  snmp_events: SnmpEventsTable;
  interface_samples: InterfaceSamplesTable;
  interface_rollup_1h: InterfaceRollupTable;
  wireless_samples: WirelessSamplesTable;
  wireless_rollup_1h: WirelessRollupTable;
  alerts: AlertsTable;
  maintenance_windows: MaintenanceWindowsTable;
  notification_outbox: NotificationOutboxTable;
  settings: SettingsTable;
  synthetic_targets: SyntheticTargetsTable;
  synthetic_results: SyntheticResultsTable;
  anomaly_hours: AnomalyHoursTable;
  anomalies: AnomaliesTable;
}

export type UserRow = Selectable<UsersTable>;
export type SessionRow = Selectable<SessionsTable>;
export type TowerRow = Selectable<TowersTable>;
export type TowerInsert = Insertable<TowersTable>;
export type TowerUpdate = Updateable<TowersTable>;
export type DeviceRow = Selectable<DevicesTable>;
export type DeviceInsert = Insertable<DevicesTable>;
export type DeviceUpdate = Updateable<DevicesTable>;

export const toIso = (v: Date | string): string => (v instanceof Date ? v.toISOString() : new Date(v).toISOString());
export const toIsoOrNull = (v: Date | string | null): string | null => (v === null ? null : toIso(v));
export const now = (): string => new Date().toISOString();
