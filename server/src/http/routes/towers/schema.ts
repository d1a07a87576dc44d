import Type, { type Static } from 'typebox';
import { Id, Name as TrimmedName, Nullable } from '../../common-schema.js';

const Name = TrimmedName(200);

const Code = Type.String({ minLength: 1, maxLength: 50 });
const Latitude = Type.Number({ minimum: -90, maximum: 90 });
const Longitude = Type.Number({ minimum: -180, maximum: 180 });
const Text = Type.String({ maxLength: 2000 });

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
