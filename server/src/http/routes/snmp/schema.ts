import { BaselineBand } from '../anomalies/schema.js';
import Type, { type Static, type TSchema } from 'typebox';
import { Id, Nullable, literalUnion } from '../../common-schema.js';
import { SnmpInterface, SnmpSystem, WirelessClient, WirelessRadio } from '../../../probers/snmp/model.js';

export { SnmpInterface };
import { SNMP_EVENT_KINDS } from '../../../monitoring/snmp/state.js';
import { Host, SnmpSettingsPatch } from '../devices/schema.js';

const N = Nullable(Type.Number());


/** A radio, with the key its history is kept under (the `ifIndex` of wireless-history). */
export const RadioView = Type.Object({ ...WirelessRadio.properties, historyKey: Type.Integer() });
export type RadioView = Static<typeof RadioView>;

export const SnmpView = Type.Object({
  /** When the last poll (answering or not) finished; null if never polled. */
  polledAt: Nullable(Type.String()),
  /** When the device last answered. */
  okAt: Nullable(Type.String()),
  /** Why the last poll failed (timeout, authentication…), null when it answered. */
  error: Nullable(Type.String()),
  errorSince: Nullable(Type.String()),
  system: Nullable(SnmpSystem),
  interfaces: Type.Array(SnmpInterface),
  wireless: Type.Array(RadioView),
  clients: Type.Array(WirelessClient),
});
export type SnmpView = Static<typeof SnmpView>;

export const SeriesQuery = Type.Object({
  /** The interface's ifIndex (traffic), or the radio's `historyKey` (wireless). */
  ifIndex: Type.Integer({ minimum: -2_147_483_648, maximum: 4_294_967_295 }),
  from: Type.Optional(Type.String({ format: 'date-time' })),
  to: Type.Optional(Type.String({ format: 'date-time' })),
  /** Bucket width in seconds; widened so the answer has at most about 1,000 points. */
  step: Type.Optional(Type.Integer({ minimum: 1, maximum: 31_536_000 })),
});
export type SeriesQuery = Static<typeof SeriesQuery>;

/** A bucketed series: which tier answered, the bucket width in seconds, the range, the points. */
const Series = <T extends TSchema, B extends TSchema>(point: T, baseline: B) =>
  Type.Object({ tier: literalUnion(['raw', '1h'] as const), step: Type.Integer(), from: Type.String(), to: Type.String(), points: Type.Array(point), baseline });

export const TrafficSeries = Series(
  Type.Object({
    t: Type.String(),
    /** Mean bit/s in the bucket, and the highest poll in it. */
    inBps: N,
    outBps: N,
    inMaxBps: N,
    outMaxBps: N,
    inErrors: Type.Number(),
    outErrors: Type.Number(),
  }),
  /** What traffic is usual hour by hour, each way (anomaly detection's baseline). */
  Type.Object({ in: BaselineBand, out: BaselineBand }),
);

export const WirelessSeries = Series(
  Type.Object({
    t: Type.String(),
    signalDbm: N,
    /** The weakest signal in the bucket. */
    signalMinDbm: N,
    noiseDbm: N,
    snrDb: N,
    ccqPercent: N,
    txRateBps: N,
    rxRateBps: N,
    clients: N,
  }),
  /** What signal is usual hour by hour. */
  BaselineBand,
);

export const SnmpEventView = Type.Object({
  at: Type.String(),
  kind: literalUnion(SNMP_EVENT_KINDS),
  ifIndex: Nullable(Type.Integer()),
  detail: Nullable(Type.String()),
});
export const SnmpEventsQuery = Type.Object({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })) });
export const SnmpEventList = Type.Object({ items: Type.Array(SnmpEventView) });

/** Credentials to try before saving; with deviceId, secrets left out are the stored ones. */
export const SnmpTestBody = Type.Object(
  { host: Host, snmp: SnmpSettingsPatch, deviceId: Type.Optional(Id()) },
  { additionalProperties: false },
);
export type SnmpTestBody = Static<typeof SnmpTestBody>;

export const SnmpTestResult = Type.Object({
  ok: Type.Boolean(),
  error: Nullable(Type.String()),
  durationMs: Type.Integer(),
  system: Nullable(SnmpSystem),
  interfaces: Type.Integer(),
  radios: Type.Integer(),
  clients: Type.Integer(),
});
