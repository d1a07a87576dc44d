import Type, { type Static } from 'typebox';
import { Id, Name as TrimmedName, Nullable, Offset, literalUnion } from '../../common-schema.js';
import { BaselineBand } from '../anomalies/schema.js';
import { DEVICE_TYPES, TYPE_NAMES } from '../../../inventory/roles.js';

export { DEVICE_TYPES };
export const DeviceType = literalUnion(DEVICE_TYPES);
export type DeviceType = Static<typeof DeviceType>;
/** A type as requests may name it: a type or an alias (`cpe` for `station`), stored as the type. */
export const DeviceTypeInput = literalUnion(TYPE_NAMES, { description: '`cpe` is accepted for `station`' });
const TYPE_PATTERN = `(${TYPE_NAMES.join('|')})`;

export const SNMP_AUTH_PROTOCOLS = ['md5', 'sha', 'sha224', 'sha256', 'sha384', 'sha512'] as const;
export const SNMP_PRIV_PROTOCOLS = ['des', 'aes', 'aes256b', 'aes256r'] as const;

/** IPv4, IPv6 or a DNS name (format registered in http/formats.ts). */
export const Host = Type.String({ format: 'host', minLength: 1, maxLength: 253 });
const Port = Type.Integer({ minimum: 1, maximum: 65535 });
const Secret = Type.String({ minLength: 1, maxLength: 200 });

export const SnmpV1V2c = Type.Object(
  { version: literalUnion(['1', '2c'] as const), community: Secret, port: Type.Optional(Port) },
  { additionalProperties: false },
);
export const SnmpV3 = Type.Object(
  {
    version: Type.Literal('3'),
    username: Type.String({ minLength: 1, maxLength: 100 }),
    authProtocol: literalUnion(SNMP_AUTH_PROTOCOLS),
    authKey: Type.String({ minLength: 8, maxLength: 200 }),
    /** Omit both for authNoPriv. */
    privProtocol: Type.Optional(literalUnion(SNMP_PRIV_PROTOCOLS)),
    privKey: Type.Optional(Type.String({ minLength: 8, maxLength: 200 })),
    port: Type.Optional(Port),
  },
  { additionalProperties: false },
);
/** What is written and stored, secrets included. */
export const SnmpSettings = Type.Union([SnmpV1V2c, SnmpV3]);
export type SnmpSettings = Static<typeof SnmpSettings>;

/**
 * On update, secrets may be left out to keep the stored ones (the client never has them).
 */
export const SnmpSettingsPatch = Type.Union([
  Type.Object({ version: literalUnion(['1', '2c'] as const), community: Type.Optional(Secret), port: Type.Optional(Port) }, { additionalProperties: false }),
  Type.Object(
    {
      version: Type.Literal('3'),
      username: Type.String({ minLength: 1, maxLength: 100 }),
      authProtocol: literalUnion(SNMP_AUTH_PROTOCOLS),
      authKey: Type.Optional(Type.String({ minLength: 8, maxLength: 200 })),
      privProtocol: Type.Optional(Nullable(literalUnion(SNMP_PRIV_PROTOCOLS))),
      privKey: Type.Optional(Type.String({ minLength: 8, maxLength: 200 })),
      port: Type.Optional(Port),
    },
    { additionalProperties: false },
  ),
]);
export type SnmpSettingsPatch = Static<typeof SnmpSettingsPatch>;

/** What responses carry: no community, no keys. */
export const SnmpPublic = Type.Object({
  version: literalUnion(['1', '2c', '3'] as const),
  port: Type.Integer(),
  username: Type.Optional(Type.String()),
  authProtocol: Type.Optional(Type.String()),
  privProtocol: Type.Optional(Nullable(Type.String())),
});
export type SnmpPublic = Static<typeof SnmpPublic>;

const Name = TrimmedName(200);
const ShortText = Type.String({ maxLength: 100 });
const Tag = Type.String({ minLength: 1, maxLength: 50, pattern: '^[^;,]+$' });
const Text = Type.String({ maxLength: 2000 });

export const STATUSES = ['unknown', 'up', 'down', 'degraded', 'unreachable'] as const;
export const DeviceStatus = literalUnion(STATUSES);
export type DeviceStatus = Static<typeof DeviceStatus>;

export const Device = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  host: Type.String(),
  type: DeviceType,
  vendor: Nullable(Type.String()),
  model: Nullable(Type.String()),
  towerId: Nullable(Type.Integer()),
  parentId: Nullable(Type.Integer()),
  towerName: Nullable(Type.String()),
  parentName: Nullable(Type.String()),
  /** The device this one depends on: parentId, else its tower's uplink. */
  effectiveParentId: Nullable(Type.Integer()),
  enabled: Type.Boolean(),
  tags: Type.Array(Type.String()),
  notes: Nullable(Type.String()),
  /** Average RTT at or above which the device is degraded; null: the type's or global default. */
  latencyThresholdMs: Nullable(Type.Integer()),
  snmp: Nullable(SnmpPublic),
  /** Monitoring: the current status and since when (null: never checked). */
  status: DeviceStatus,
  statusSince: Nullable(Type.String()),
  flapping: Type.Boolean(),
  /** Why, as a code: `replying`, `no-reply|rounds|detail`, `loss|%|threshold`, `latency|ms|threshold`, `upstream|deviceId|status`. */
  statusReason: Nullable(Type.String()),
  /** The device an `upstream|deviceId|status` reason points at, by name; null for other reasons or once that device is deleted. */
  statusReasonDevice: Nullable(Type.Object({ id: Type.Integer(), name: Type.String() })),
  /** Average RTT and loss of the last round, and when it ran. */
  rttMs: Nullable(Type.Number()),
  lossPercent: Nullable(Type.Number()),
  lastCheckAt: Nullable(Type.String()),
  /** SNMP, on radios: the worst radio's signal (dBm) and CCQ (%) at the last poll. */
  signalDbm: Nullable(Type.Number()),
  ccqPercent: Nullable(Type.Number()),
  /** Why SNMP does not answer while the device may still answer ping; null when it answers (or has no SNMP). */
  snmpError: Nullable(Type.String()),
  /** A maintenance window covers the device now: monitoring goes on, alerts are not sent. */
  maintenance: Type.Boolean(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export type Device = Static<typeof Device>;

export const DeviceCreate = Type.Object({
  name: Name,
  host: Host,
  type: DeviceTypeInput,
  vendor: Type.Optional(Nullable(ShortText)),
  model: Type.Optional(Nullable(ShortText)),
  towerId: Type.Optional(Nullable(Id())),
  parentId: Type.Optional(Nullable(Id())),
  enabled: Type.Optional(Type.Boolean()),
  tags: Type.Optional(Type.Array(Tag, { maxItems: 50 })),
  notes: Type.Optional(Nullable(Text)),
  latencyThresholdMs: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 60_000 }))),
  snmp: Type.Optional(Nullable(SnmpSettings)),
}, { additionalProperties: false });
export type DeviceCreate = Static<typeof DeviceCreate>;

export const DevicePatch = Type.Partial(
  Type.Object({
    name: Name,
    host: Host,
    type: DeviceTypeInput,
    vendor: Nullable(ShortText),
    model: Nullable(ShortText),
    towerId: Nullable(Id()),
    parentId: Nullable(Id()),
    enabled: Type.Boolean(),
    tags: Type.Array(Tag, { maxItems: 50 }),
    notes: Nullable(Text),
    latencyThresholdMs: Nullable(Type.Integer({ minimum: 1, maximum: 60_000 })),
    snmp: Nullable(SnmpSettingsPatch),
  }, { additionalProperties: false }),
);
export type DevicePatch = Static<typeof DevicePatch>;

export const DEVICE_SORTS = [
  'name', '-name', 'host', '-host', 'type', '-type', 'tower', '-tower', 'status', '-status', 'signal', '-signal', 'ccq', '-ccq', 'createdAt', '-createdAt',
  'since', '-since', 'rtt', '-rtt', 'loss', '-loss',
] as const;
/** Sorts by the last round's figures, which live in memory, not in SQL. */
export const LIVE_SORTS = ['rtt', '-rtt', 'loss', '-loss'] as const;
export type LiveSort = (typeof LIVE_SORTS)[number];
export const isLiveSort = (sort: string | undefined): sort is LiveSort => (LIVE_SORTS as readonly (string | undefined)[]).includes(sort);

export const DeviceListQuery = Type.Object({
  towerId: Type.Optional(Id()),
  /** One type or a comma list (`cpe` stands for `station`). */
  type: Type.Optional(Type.String({ pattern: `^${TYPE_PATTERN}(,${TYPE_PATTERN})*$` })),
  parentId: Type.Optional(Id()),
  enabled: Type.Optional(Type.Boolean()),
  /** One status or a comma list. */
  status: Type.Optional(Type.String({ pattern: '^(unknown|up|down|degraded|unreachable)(,(unknown|up|down|degraded|unreachable))*$' })),
  /** true: only devices a maintenance window covers now; false: only those it does not. */
  maintenance: Type.Optional(Type.Boolean()),
  /** Matches name, host or a tag, case-insensitively. */
  q: Type.Optional(Type.String({ maxLength: 200 })),
  sort: Type.Optional(literalUnion(DEVICE_SORTS)),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 50 })),
  offset: Type.Optional(Offset),
});
export type DeviceListQuery = Static<typeof DeviceListQuery>;

export const DeviceList = Type.Object({ items: Type.Array(Device), total: Type.Integer() });
export type DeviceList = Static<typeof DeviceList>;

/** The longest maintenance a bulk action opens: 30 days. */
export const MAX_BULK_MAINTENANCE_MINUTES = 30 * 24 * 60;
const BulkIds = Type.Array(Id(), { minItems: 1, maxItems: 1000, uniqueItems: true });
/** One action on many devices, all or nothing; `action` picks the fields. */
export const DeviceBulk = Type.Union([
  Type.Object({ ids: BulkIds, action: literalUnion(['enable', 'disable'] as const) }, { additionalProperties: false }),
  /** Move to a tower (null: no tower). */
  Type.Object({ ids: BulkIds, action: Type.Literal('move'), towerId: Nullable(Id()) }, { additionalProperties: false }),
  /** Depend on one device (null: no parent, the tower's uplink then counts). */
  Type.Object({ ids: BulkIds, action: Type.Literal('parent'), parentId: Nullable(Id()) }, { additionalProperties: false }),
  /** One device maintenance window each, from now for the duration. */
  Type.Object(
    {
      ids: BulkIds,
      action: Type.Literal('maintenance'),
      durationMinutes: Type.Integer({ minimum: 1, maximum: MAX_BULK_MAINTENANCE_MINUTES }),
      reason: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
    },
    { additionalProperties: false },
  ),
]);
export type DeviceBulk = Static<typeof DeviceBulk>;
export type DeviceBulkAction = DeviceBulk['action'];
export const BULK_ACTIONS = ['enable', 'disable', 'move', 'parent', 'maintenance'] as const satisfies readonly DeviceBulkAction[];
export const DeviceBulkResult = Type.Object({ action: Type.String(), updated: Type.Integer() });
export type DeviceBulkResult = Static<typeof DeviceBulkResult>;

/**
 * One row of a bulk import, JSON or CSV. Towers are referenced by name or code and parents
 * by host (which may be another row of the same import). A host that exists is updated;
 * SNMP secrets left blank keep the stored ones.
 */
export const ImportRow = Type.Object({
  name: Name,
  host: Host,
  type: DeviceTypeInput,
  vendor: Type.Optional(Nullable(ShortText)),
  model: Type.Optional(Nullable(ShortText)),
  tower: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  parent: Type.Optional(Nullable(Type.String({ maxLength: 253 }))),
  enabled: Type.Optional(Type.Boolean()),
  tags: Type.Optional(Type.Array(Tag, { maxItems: 50 })),
  notes: Type.Optional(Nullable(Text)),
  latencyThresholdMs: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: 60_000 }))),
  snmp: Type.Optional(Nullable(SnmpSettingsPatch)),
}, { additionalProperties: false });
export type ImportRow = Static<typeof ImportRow>;

export const ImportLineError = Type.Object({
  line: Type.Integer({ description: 'CSV line number (header is line 1), or JSON array index + 1' }),
  field: Type.Optional(Type.String()),
  message: Type.String(),
});
export type ImportLineError = Static<typeof ImportLineError>;

export const ImportResult = Type.Object({ created: Type.Integer(), updated: Type.Integer() });
export type ImportResult = Static<typeof ImportResult>;

export const ImportErrorResponse = Type.Object({
  statusCode: Type.Integer(),
  error: Type.String(),
  code: Type.Literal('IMPORT_INVALID'),
  message: Type.String(),
  lines: Type.Array(ImportLineError),
});
export type ImportErrorResponse = Static<typeof ImportErrorResponse>;

export const LatencyQuery = Type.Object({
  /** ISO 8601; default: 24 hours before `to`. */
  from: Type.Optional(Type.String({ format: 'date-time' })),
  /** ISO 8601; default: now. */
  to: Type.Optional(Type.String({ format: 'date-time' })),
  /** Bucket width in seconds; widened so the answer has at most about 1,000 points. */
  step: Type.Optional(Type.Integer({ minimum: 1, maximum: 31_536_000 })),
});
export type LatencyQuery = Static<typeof LatencyQuery>;

export const LatencyPoint = Type.Object({
  t: Type.String(),
  rttAvg: Nullable(Type.Number()),
  rttMin: Nullable(Type.Number()),
  rttMax: Nullable(Type.Number()),
  /** Packet loss in the bucket, percent. */
  loss: Type.Number(),
});
export const LatencySeries = Type.Object({
  tier: literalUnion(['raw', '5m', '1h'] as const),
  step: Type.Integer(),
  from: Type.String(),
  to: Type.String(),
  points: Type.Array(LatencyPoint),
  /** What RTT is usual hour by hour (anomaly detection's baseline); empty without enough history. */
  baseline: BaselineBand,
});
export type LatencySeries = Static<typeof LatencySeries>;

export const WorstQuery = Type.Object({
  by: literalUnion(['rtt', 'loss'] as const),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 10 })),
});
export type WorstQuery = Static<typeof WorstQuery>;
