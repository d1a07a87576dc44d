import Type, { type Static } from 'typebox';
import { Nullable } from '../../common-schema.js';
import { TowerCreate } from '../towers/schema.js';
import { Host } from '../devices/schema.js';

const fields = TowerCreate.properties;

/**
 * One row of a tower import, JSON or CSV. A tower is matched by its code, else (no code given,
 * or a code no tower has yet) by its name; a matched tower is updated, any other created.
 * `uplink` is a device's host, which may not exist yet: it becomes the uplink when it does.
 */
export const TowerImportRow = Type.Object(
  {
    name: fields.name,
    code: fields.code,
    /** Required for a new tower; left out, an existing tower keeps its own. */
    latitude: Type.Optional(fields.latitude),
    longitude: Type.Optional(fields.longitude),
    uplink: Type.Optional(Nullable(Host)),
    address: fields.address,
    notes: fields.notes,
  },
  { additionalProperties: false },
);
export type TowerImportRow = Static<typeof TowerImportRow>;
