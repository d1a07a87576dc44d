import Type, { type Static } from 'typebox';
import { Id, Nullable, literalUnion } from '../../common-schema.js';
import { MAINTENANCE_SCOPES } from '../../../alerting/maintenance.js';

export const MaintenanceView = Type.Object({
  id: Type.Integer(),
  scope: literalUnion(MAINTENANCE_SCOPES),
  targetId: Nullable(Type.Integer()),
  /** The device's or tower's name; null for a global window (or a target since deleted). */
  targetName: Nullable(Type.String()),
  /** The first occurrence; a weekly window repeats it every 7 days. */
  startsAt: Type.String(),
  endsAt: Type.String(),
  recurrence: Nullable(literalUnion(['weekly'] as const)),
  reason: Nullable(Type.String()),
  createdBy: Nullable(Type.String()),
  createdAt: Type.String(),
  /** Set when the window was ended early. */
  endedAt: Nullable(Type.String()),
  /** Whether an occurrence covers the present moment. */
  active: Type.Boolean(),
  /** When the next occurrence starts (after the present one, if active); null if none will. */
  nextStartsAt: Nullable(Type.String()),
});
export type MaintenanceView = Static<typeof MaintenanceView>;

export const MaintenanceList = Type.Object({ items: Type.Array(MaintenanceView) });

export const MaintenanceQuery = Type.Object({
  /** Without it: active and upcoming. */
  state: Type.Optional(literalUnion(['active', 'upcoming', 'past', 'all'] as const)),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 200 })),
});
export type MaintenanceQuery = Static<typeof MaintenanceQuery>;

export const MaintenanceCreate = Type.Object(
  {
    scope: literalUnion(MAINTENANCE_SCOPES),
    /** The device or tower; required for those scopes, forbidden for global. */
    targetId: Type.Optional(Id()),
    /** Defaults to now. */
    startsAt: Type.Optional(Type.String({ format: 'date-time' })),
    /** Exactly one of endsAt and durationMinutes. */
    endsAt: Type.Optional(Type.String({ format: 'date-time' })),
    durationMinutes: Type.Optional(Type.Integer({ minimum: 1, maximum: 366 * 24 * 60 })),
    recurrence: Type.Optional(Nullable(literalUnion(['weekly'] as const))),
    reason: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
  },
  { additionalProperties: false },
);
export type MaintenanceCreate = Static<typeof MaintenanceCreate>;
