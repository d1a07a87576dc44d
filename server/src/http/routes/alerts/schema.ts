import Type, { type Static } from 'typebox';
import { Id, Nullable, literalUnion } from '../../common-schema.js';
import { ALERT_KINDS, SEVERITIES } from '../../../db/repos/alerts.js';

export const AlertView = Type.Object({
  id: Type.Integer(),
  kind: literalUnion(ALERT_KINDS),
  severity: literalUnion(SEVERITIES),
  deviceId: Nullable(Type.Integer()),
  towerId: Nullable(Type.Integer()),
  startedAt: Type.String(),
  resolvedAt: Nullable(Type.String()),
  acknowledgedAt: Nullable(Type.String()),
  acknowledgedBy: Nullable(Type.String()),
  message: Type.String(),
  /** The alert this one is explained by (its parent's outage); such alerts are never sent. */
  suppressedBy: Nullable(Type.Integer()),
  /** When it was announced; null while held for the parent's verdict, or never (suppressed). */
  notifiedAt: Nullable(Type.String()),
  /** Below the minimum severity sent to Telegram and webhooks when it was due: kept and listed, never sent. */
  belowMinimum: Type.Boolean(),
  /** Down alerts: the dependents taken down with the device. */
  affected: Type.Array(Type.Integer()),
  /** Interface alerts: which interface. */
  ifIndex: Nullable(Type.Integer()),
});
export type AlertView = Static<typeof AlertView>;

export const AlertQuery = Type.Object({
  state: Type.Optional(literalUnion(['open', 'resolved'] as const)),
  deviceId: Type.Optional(Id()),
  from: Type.Optional(Type.String({ format: 'date-time' })),
  to: Type.Optional(Type.String({ format: 'date-time' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
});
export type AlertQuery = Static<typeof AlertQuery>;

export const AlertList = Type.Object({ items: Type.Array(AlertView) });
