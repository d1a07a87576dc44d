import Type, { type Static } from 'typebox';
import { Id, Name as TrimmedName, Nullable, literalUnion } from '../../common-schema.js';
import { TOWER_REASON_KINDS, TOWER_REASON_STATUSES, TOWER_STATUSES, type TowerReasonPart as TowerReasonPartT } from '../../../monitoring/towers/tower-status.js';
import { DeviceStatus, DeviceType } from '../devices/schema.js';

const Name = TrimmedName(200);

const Code = Type.String({ minLength: 1, maxLength: 50 });
const Latitude = Type.Number({ minimum: -90, maximum: 90 });
const Longitude = Type.Number({ minimum: -180, maximum: 180 });
const Text = Type.String({ maxLength: 2000 });

export const TowerStatus = literalUnion(TOWER_STATUSES);

/** A device a reason names, to link to it. */
export const ReasonDevice = Type.Object({ id: Type.Integer(), name: Type.String() });

/**
 * One clause of the reason as data, for a reader to render in their own language:
 * `uplink` (status, devices: the uplink), `maintUplink` (devices: the uplink), `allInfra` (total,
 * devices), `someInfra` (status, count of total, devices), `customers` (count of total down),
 * `maintInfra` (total), `noDevice`. `devices` names at most 3; `more` counts the rest.
 */
export const TowerReasonPart = Type.Object({
  kind: literalUnion(TOWER_REASON_KINDS),
  status: Type.Optional(literalUnion(TOWER_REASON_STATUSES)),
  count: Type.Optional(Type.Integer()),
  total: Type.Optional(Type.Integer()),
  devices: Type.Array(ReasonDevice),
  more: Type.Optional(Type.Integer()),
});
export type TowerReasonPart = Static<typeof TowerReasonPart>;
// The verdict's parts and this schema describe one shape.
true satisfies (TowerReasonPart extends TowerReasonPartT ? (TowerReasonPartT extends TowerReasonPart ? true : false) : false);

export const Tower = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  code: Nullable(Type.String()),
  latitude: Type.Number(),
  longitude: Type.Number(),
  address: Nullable(Type.String()),
  notes: Nullable(Type.String()),
  uplinkDeviceId: Nullable(Type.Integer()),
  uplinkDeviceName: Nullable(Type.String()),
  deviceCount: Type.Integer(),
  /** Enabled devices on the tower by monitoring status (disabled ones are not counted). */
  statusCounts: Type.Object({
    up: Type.Integer(),
    down: Type.Integer(),
    degraded: Type.Integer(),
    unreachable: Type.Integer(),
    unknown: Type.Integer(),
  }),
  /** Enabled devices on the tower that a maintenance window covers now. */
  maintenance: Type.Integer(),
  /**
   * The tower as a whole, from its devices by role: `down` when its uplink (or, with none set,
   * every infrastructure device) is down or unreachable; `degraded` when an infrastructure device
   * is down, unreachable or degraded, or more than TOWER_CUSTOMERS_DEGRADED_PERCENT % of its
   * customers are; `maintenance` when a window covers its uplink (or, with none, all its
   * infrastructure); `unknown` before any device has a status.
   */
  status: TowerStatus,
  statusSince: Nullable(Type.String()),
  /** Why, naming the devices, in the server's DEFAULT_LANGUAGE. */
  reason: Nullable(Type.String()),
  /** The same reason as data, naming devices by id and name; empty when there is nothing to say. */
  reasonParts: Type.Array(TowerReasonPart),
  /** Infrastructure devices down or unreachable. */
  infraDown: Type.Integer(),
  /** Customers (stations) without service: down or unreachable; and how many there are. */
  customersDown: Type.Integer(),
  customers: Type.Integer(),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export type Tower = Static<typeof Tower>;

export const TowerCreate = Type.Object({
  name: Name,
  code: Type.Optional(Nullable(Code)),
  latitude: Latitude,
  longitude: Longitude,
  address: Type.Optional(Nullable(Text)),
  notes: Type.Optional(Nullable(Text)),
  uplinkDeviceId: Type.Optional(Nullable(Id())),
}, { additionalProperties: false });
export type TowerCreate = Static<typeof TowerCreate>;

export const TowerPatch = Type.Partial(TowerCreate, { additionalProperties: false });
export type TowerPatch = Static<typeof TowerPatch>;

export const TowerList = Type.Object({ items: Type.Array(Tower), total: Type.Integer() });
export type TowerList = Static<typeof TowerList>;

export const TowerEventsQuery = Type.Object({
  from: Type.Optional(Type.String({ format: 'date-time' })),
  to: Type.Optional(Type.String({ format: 'date-time' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
});
export type TowerEventsQuery = Static<typeof TowerEventsQuery>;

export const TowerEvent = Type.Object({
  id: Type.Integer(),
  towerId: Type.Integer(),
  at: Type.String(),
  from: TowerStatus,
  to: TowerStatus,
  reason: Nullable(Type.String()),
});
export type TowerEvent = Static<typeof TowerEvent>;
export const TowerEventList = Type.Object({ items: Type.Array(TowerEvent) });
export type TowerEventList = Static<typeof TowerEventList>;

export const AvailabilityQuery = Type.Object({
  from: Type.Optional(Type.String({ format: 'date-time' })),
  to: Type.Optional(Type.String({ format: 'date-time' })),
});
export type AvailabilityQuery = Static<typeof AvailabilityQuery>;

/** Seconds in each status over [from, to); time before the first stored event is unknown. */
export const TowerAvailability = Type.Object({
  from: Type.String(),
  to: Type.String(),
  /** Time up or degraded over time up, degraded or down (maintenance and unknown left out); null when none. */
  upPercent: Nullable(Type.Number()),
  upSeconds: Type.Integer(),
  degradedSeconds: Type.Integer(),
  downSeconds: Type.Integer(),
  maintenanceSeconds: Type.Integer(),
  unknownSeconds: Type.Integer(),
});
export type TowerAvailability = Static<typeof TowerAvailability>;

/** One device on the way from a tower to the core. */
export const TowerPathHop = Type.Object({
  deviceId: Type.Integer(),
  name: Type.String(),
  host: Type.String(),
  type: DeviceType,
  /** The device's live status; `unknown` when disabled or not pinged yet. */
  status: DeviceStatus,
  maintenance: Type.Boolean(),
  towerId: Nullable(Type.Integer()),
  towerName: Nullable(Type.String()),
});
export type TowerPathHop = Static<typeof TowerPathHop>;

/** The tower's uplink first, then each effective parent, the core last; empty without an uplink. */
export const TowerPath = Type.Object({ items: Type.Array(TowerPathHop) });
export type TowerPath = Static<typeof TowerPath>;
