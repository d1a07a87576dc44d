import Type, { type Static } from 'typebox';
import { literalUnion, Nullable } from '../../common-schema.js';
import { SEVERITIES } from '../../../db/repos/alerts.js';
import { DeviceStatus, DeviceType } from '../devices/schema.js';
import { EventsQuery, StatusEvent } from '../monitoring/schema.js';

const DeviceRef = Type.Object({ id: Type.Integer(), name: Type.String(), type: DeviceType, status: DeviceStatus });
const TowerRef = Type.Object({ id: Type.Integer(), name: Type.String() });

/** One open root cause: the internet, a tower (its uplink, or all of its infrastructure) or a device. */
export const Incident = Type.Object({
  key: Type.String({ description: '`internet`, `tower:<id>` or `device:<id>`' }),
  kind: Type.Union([Type.Literal('internet'), Type.Literal('tower'), Type.Literal('device')]),
  tower: Nullable(TowerRef),
  /** The failing devices (at most five; `causeCount` counts them all). */
  causes: Type.Array(DeviceRef),
  causeCount: Type.Integer(),
  severity: Nullable(literalUnion(SEVERITIES)),
  since: Nullable(Type.String()),
  acknowledgedBy: Nullable(Type.String()),
  acknowledgedAt: Nullable(Type.String()),
  /** A maintenance window covers every cause: planned work, listed last. */
  maintenance: Type.Boolean(),
  /** The open alerts behind it: acknowledging the incident acknowledges these (`POST /api/alerts/:id/ack`). */
  alertIds: Type.Array(Type.Integer()),
  /** The causes and every device out because of them. */
  affected: Type.Integer(),
  towers: Type.Integer(),
  infrastructure: Type.Integer(),
  customers: Type.Integer(),
  internet: Nullable(Type.Object({ failing: Type.Integer(), external: Type.Integer() })),
});
export type Incident = Static<typeof Incident>;
export const IncidentList = Type.Object({ items: Type.Array(Incident) });
export type IncidentList = Static<typeof IncidentList>;

export const AffectedQuery = Type.Object({ key: Type.String({ pattern: '^(internet|tower:[1-9][0-9]{0,9}|device:[1-9][0-9]{0,9})$' }) });
export type AffectedQuery = Static<typeof AffectedQuery>;
export const AffectedDevice = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  type: DeviceType,
  status: DeviceStatus,
  tower: Nullable(TowerRef),
  since: Nullable(Type.String()),
  /** One of the incident's causes (listed first), not a dependent. */
  cause: Type.Boolean(),
});
export type AffectedDevice = Static<typeof AffectedDevice>;
export const AffectedList = Type.Object({ items: Type.Array(AffectedDevice) });
export type AffectedList = Static<typeof AffectedList>;

export const ChangesQuery = Type.Pick(EventsQuery, ['limit']);
export type ChangesQuery = Static<typeof ChangesQuery>;
/** A status change with the device it depends on, by name. */
export const Change = Type.Object({ ...StatusEvent.properties, upstream: Nullable(TowerRef) });
export type Change = Static<typeof Change>;
export const ChangeList = Type.Object({ items: Type.Array(Change) });
export type ChangeList = Static<typeof ChangeList>;
