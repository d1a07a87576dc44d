import Type, { type Static } from 'typebox';
import { Id, Nullable, literalUnion } from '../../common-schema.js';

/** The expected band of a chart's series: hour by hour, expected ± zThreshold·spread is usual. */
export const BaselineBand = Type.Object({
  zThreshold: Type.Number(),
  points: Type.Array(Type.Object({ t: Type.String(), expected: Type.Number(), spread: Type.Number() })),
});
export type BaselineBand = Static<typeof BaselineBand>;

export const AnomalyView = Type.Object({
  id: Type.Integer(),
  deviceId: Type.Integer(),
  deviceName: Type.String(),
  /** rtt, loss, traffic_in:<ifIndex>, traffic_out:<ifIndex>, signal:<radio>. */
  series: Type.String(),
  metric: literalUnion(['rtt', 'loss', 'traffic_in', 'traffic_out', 'signal'] as const),
  /** The interface's ifIndex or the radio's history key, when the series has one. */
  index: Nullable(Type.Integer()),
  startedAt: Type.String(),
  endedAt: Nullable(Type.String()),
  direction: literalUnion(['up', 'down'] as const),
  /** At the most anomalous point. */
  value: Type.Number(),
  expected: Type.Number(),
  spread: Type.Number(),
  peakZ: Type.Number(),
});
export type AnomalyView = Static<typeof AnomalyView>;

export const AnomalyQuery = Type.Object({
  deviceId: Type.Optional(Id()),
  state: Type.Optional(literalUnion(['open', 'all'] as const)),
  /** ISO 8601: anomalies going on at some point in [from, to). */
  from: Type.Optional(Type.String({ format: 'date-time' })),
  to: Type.Optional(Type.String({ format: 'date-time' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
});
export type AnomalyQuery = Static<typeof AnomalyQuery>;

export const AnomalyList = Type.Object({ items: Type.Array(AnomalyView) });
export type AnomalyList = Static<typeof AnomalyList>;
