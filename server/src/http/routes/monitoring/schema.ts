import Type, { type Static } from 'typebox';
import { Id, Nullable } from '../../common-schema.js';
import { DeviceStatus } from '../devices/schema.js';
import { TowerStatus } from '../towers/schema.js';

export const Summary = Type.Object({
  up: Type.Integer(),
  down: Type.Integer(),
  degraded: Type.Integer(),
  unreachable: Type.Integer(),
  unknown: Type.Integer(),
  /** Enabled devices a maintenance window covers now. */
  maintenance: Type.Integer(),
  total: Type.Integer(),
});
export type Summary = Static<typeof Summary>;

export const EventsQuery = Type.Object({
  deviceId: Type.Optional(Id()),
  towerId: Type.Optional(Id()),
  from: Type.Optional(Type.String({ format: 'date-time' })),
  to: Type.Optional(Type.String({ format: 'date-time' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
});
export type EventsQuery = Static<typeof EventsQuery>;

export const StatusEvent = Type.Object({
  id: Type.Integer(),
  deviceId: Type.Integer(),
  deviceName: Type.String(),
  host: Type.String(),
  towerId: Nullable(Type.Integer()),
  at: Type.String(),
  from: DeviceStatus,
  to: DeviceStatus,
  reason: Nullable(Type.String()),
});
export type StatusEvent = Static<typeof StatusEvent>;
/** A device by name, so the web links to it and never shows its id. */
export const NamedDevice = Type.Object({ id: Type.Integer(), name: Type.String() });
export type NamedDevice = Static<typeof NamedDevice>;
/** A status change with the device its `upstream|<id>|<status>` reason names (null for other reasons, or when that device is gone). */
export const EventItem = Type.Object({ ...StatusEvent.properties, reasonDevice: Nullable(NamedDevice) });
export type EventItem = Static<typeof EventItem>;
export const EventList = Type.Object({ items: Type.Array(EventItem) });
export type EventList = Static<typeof EventList>;

/** What the live stream (`GET /api/stream`, Server-Sent Events) carries, by event name. */
export const StreamStatusEvent = Type.Object({ deviceId: Type.Integer(), from: DeviceStatus, to: DeviceStatus, at: Type.String(), reason: Nullable(Type.String()) });
export type StreamStatusEvent = Static<typeof StreamStatusEvent>;
export const StreamFlappingEvent = Type.Object({ deviceId: Type.Integer(), flapping: Type.Boolean(), at: Type.String() });
export type StreamFlappingEvent = Static<typeof StreamFlappingEvent>;
export const StreamRoundEvent = Type.Object({
  at: Type.String(),
  durationMs: Type.Integer(),
  probeMs: Type.Integer(),
  storeMs: Type.Integer(),
  devices: Type.Integer(),
  counts: Type.Record(Type.String(), Type.Integer()),
  overruns: Type.Integer(),
});
export type StreamRoundEvent = Static<typeof StreamRoundEvent>;
/** An SNMP poll cycle finished: interface, wireless and list figures moved. */
export const StreamSnmpCycleEvent = Type.Object({
  at: Type.String(),
  durationMs: Type.Integer(),
  devices: Type.Integer(),
  polled: Type.Integer(),
  failed: Type.Integer(),
  skipped: Type.Integer(),
});
export type StreamSnmpCycleEvent = Static<typeof StreamSnmpCycleEvent>;
/** A reboot, a link going down or up, SNMP failing or answering again. */
export const StreamSnmpEvent = Type.Object({ deviceId: Type.Integer(), at: Type.String(), kind: Type.String(), ifIndex: Nullable(Type.Integer()), detail: Nullable(Type.String()) });
export type StreamSnmpEvent = Static<typeof StreamSnmpEvent>;
/** A maintenance window was created or ended: device lists, the map and the summary change. */
export const StreamMaintenanceEvent = Type.Object({ at: Type.String() });
export type StreamMaintenanceEvent = Static<typeof StreamMaintenanceEvent>;
/** A synthetic round ended: the upstream verdict and the checks whose status changed. */
export const StreamSyntheticEvent = Type.Object({
  at: Type.String(),
  upstream: Type.Object({ external: Type.Integer(), failing: Type.Integer(), quorum: Type.Integer(), outage: Type.Boolean() }),
  changed: Type.Array(Type.Integer()),
});
export type StreamSyntheticEvent = Static<typeof StreamSyntheticEvent>;
/** A tower's status changed (see the tower items' `status`). */
export const StreamTowerStatusEvent = Type.Object({
  towerId: Type.Integer(),
  from: TowerStatus,
  to: TowerStatus,
  at: Type.String(),
  reason: Nullable(Type.String()),
  infraDown: Type.Integer(),
  customersDown: Type.Integer(),
  customers: Type.Integer(),
});
export type StreamTowerStatusEvent = Static<typeof StreamTowerStatusEvent>;
