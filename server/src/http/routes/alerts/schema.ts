import Type, { type Static } from 'typebox';
import { Id, Nullable, literalUnion } from '../../common-schema.js';
import { ALERT_KINDS, SEVERITIES } from '../../../db/repos/alerts.js';
import { DeviceStatus, DeviceType, DeviceTypeInput } from '../devices/schema.js';

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
  /** In the language asked for (`lang`), else the server's DEFAULT_LANGUAGE. */
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

export const AlertLanguage = literalUnion(['pt-BR', 'en'] as const, { description: 'The language of `message`; the server’s DEFAULT_LANGUAGE when absent' });

export const AlertQuery = Type.Object({
  state: Type.Optional(literalUnion(['open', 'resolved'] as const)),
  deviceId: Type.Optional(Id()),
  towerId: Type.Optional(Id()),
  /** The device's type; `cpe` is `station`. */
  type: Type.Optional(DeviceTypeInput),
  severity: Type.Optional(literalUnion(SEVERITIES)),
  /** true: only the alerts kept unsent (below the minimum severity); false: all but those. */
  belowMinimum: Type.Optional(Type.Boolean()),
  from: Type.Optional(Type.String({ format: 'date-time' })),
  to: Type.Optional(Type.String({ format: 'date-time' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
  lang: Type.Optional(AlertLanguage),
});
export type AlertQuery = Static<typeof AlertQuery>;

/** An alert in a list: with its device's and tower's names (null: none, or since deleted). */
export const AlertListItem = Type.Object({
  ...AlertView.properties,
  deviceName: Nullable(Type.String()),
  deviceType: Nullable(DeviceType),
  towerName: Nullable(Type.String()),
});
export type AlertListItem = Static<typeof AlertListItem>;

export const AlertList = Type.Object({ items: Type.Array(AlertListItem) });

/** How many alerts are open, and how many of them are causes (not filed under another): the navigation's badge. */
export const AlertCount = Type.Object({ open: Type.Integer({ minimum: 0 }), causes: Type.Integer({ minimum: 0 }) });
export type AlertCount = Static<typeof AlertCount>;

/** A device taken down with a root alert's device (or filed under the internet outage). */
export const AffectedDevice = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  host: Type.String(),
  type: DeviceType,
  role: literalUnion(['infrastructure', 'customer'] as const),
  towerId: Nullable(Type.Integer()),
  towerName: Nullable(Type.String()),
  status: DeviceStatus,
});
export type AffectedDevice = Static<typeof AffectedDevice>;

export const AffectedQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
});
export type AffectedQuery = Static<typeof AffectedQuery>;

/** By name; `total` counts them all (the page holds `limit` from `offset`). */
export const AffectedList = Type.Object({ total: Type.Integer(), items: Type.Array(AffectedDevice) });
export type AffectedList = Static<typeof AffectedList>;
