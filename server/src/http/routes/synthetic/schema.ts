import Type, { type Static } from 'typebox';
import { Name as TrimmedName, Nullable, literalUnion } from '../../common-schema.js';
import { Host } from '../devices/schema.js';
import { DNS_RECORD_TYPES } from '../../../probers/dns/dns-prober.js';

const Port = Type.Integer({ minimum: 1, maximum: 65535 });
/** IPv4 or IPv6 (format registered in http/formats.ts). */
const IpAddress = Type.String({ format: 'ip', maxLength: 45 });

export const SYNTHETIC_KINDS = ['icmp', 'dns', 'http', 'tcp'] as const;
export type SyntheticKind = (typeof SYNTHETIC_KINDS)[number];

/** Ping a host: the classic "is 8.8.8.8 reachable". */
export const IcmpCheck = Type.Object({ kind: Type.Literal('icmp'), host: Host }, { additionalProperties: false });
/** A real DNS query to one resolver. */
export const DnsCheck = Type.Object(
  {
    kind: Type.Literal('dns'),
    resolver: IpAddress,
    port: Type.Optional(Port),
    name: Type.String({ minLength: 1, maxLength: 253 }),
    recordType: Type.Optional(literalUnion(DNS_RECORD_TYPES)),
    /** An answer that must be among those returned, e.g. an address. */
    expected: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 253 }))),
  },
  { additionalProperties: false },
);
/** GET a URL: status, body text, certificate expiry. */
export const HttpCheck = Type.Object(
  {
    kind: Type.Literal('http'),
    url: Type.String({ pattern: '^https?://[^\\s]+$', maxLength: 2000 }),
    /** null: any 2xx or 3xx. Default 200. */
    expectedStatus: Type.Optional(Nullable(Type.Integer({ minimum: 100, maximum: 599 }))),
    bodyMatch: Type.Optional(Nullable(Type.String({ minLength: 1, maxLength: 200 }))),
    /** Fail when the HTTPS certificate expires in fewer days. */
    certMinDays: Type.Optional(Nullable(Type.Integer({ minimum: 0, maximum: 3650 }))),
  },
  { additionalProperties: false },
);
/** Connect to host:port. */
export const TcpCheck = Type.Object({ kind: Type.Literal('tcp'), host: Host, port: Port }, { additionalProperties: false });

export const SyntheticCheck = Type.Union([IcmpCheck, DnsCheck, HttpCheck, TcpCheck]);
export type SyntheticCheck = Static<typeof SyntheticCheck>;

const Name = TrimmedName(100);

export const SyntheticCreate = Type.Object(
  {
    name: Name,
    check: SyntheticCheck,
    /** Counts toward the internet-outage verdict (default true). Internal services: false. */
    external: Type.Optional(Type.Boolean()),
    enabled: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);
export type SyntheticCreate = Static<typeof SyntheticCreate>;

export const SyntheticPatch = Type.Object(
  { name: Type.Optional(Name), check: Type.Optional(SyntheticCheck), external: Type.Optional(Type.Boolean()), enabled: Type.Optional(Type.Boolean()) },
  { additionalProperties: false },
);
export type SyntheticPatch = Static<typeof SyntheticPatch>;

export const SyntheticStatus = literalUnion(['unknown', 'up', 'down'] as const);
export type SyntheticStatus = Static<typeof SyntheticStatus>;

export const SyntheticTarget = Type.Object({
  id: Type.Integer(),
  name: Type.String(),
  kind: literalUnion(SYNTHETIC_KINDS),
  check: SyntheticCheck,
  external: Type.Boolean(),
  enabled: Type.Boolean(),
  status: SyntheticStatus,
  statusSince: Nullable(Type.String()),
  lastCheckAt: Nullable(Type.String()),
  /** ICMP: average RTT; DNS: answer time; HTTP: full response; TCP: handshake. */
  latencyMs: Nullable(Type.Number()),
  /** Why the last check failed. */
  reason: Nullable(Type.String()),
  createdAt: Type.String(),
});
export type SyntheticTarget = Static<typeof SyntheticTarget>;

export const SyntheticList = Type.Object({
  items: Type.Array(SyntheticTarget),
  /** The upstream verdict from the last round: external targets failing against the quorum. */
  upstream: Type.Object({ external: Type.Integer(), failing: Type.Integer(), quorum: Type.Integer(), outage: Type.Boolean() }),
});
export type SyntheticList = Static<typeof SyntheticList>;

export const SyntheticHistoryPoint = Type.Object({
  t: Type.String(),
  latencyMs: Nullable(Type.Number()),
  latencyMax: Nullable(Type.Number()),
  /** Share of checks in the bucket that failed, percent. */
  failedPercent: Type.Number(),
  /** ICMP: packet loss in the bucket, percent. */
  lossPercent: Nullable(Type.Number()),
  checks: Type.Integer(),
});
export const SyntheticHistory = Type.Object({ step: Type.Integer(), from: Type.String(), to: Type.String(), points: Type.Array(SyntheticHistoryPoint) });
export type SyntheticHistory = Static<typeof SyntheticHistory>;

export const SyntheticHistoryQuery = Type.Object({
  from: Type.Optional(Type.String({ format: 'date-time' })),
  to: Type.Optional(Type.String({ format: 'date-time' })),
  step: Type.Optional(Type.Integer({ minimum: 1, maximum: 31_536_000 })),
});
export type SyntheticHistoryQuery = Static<typeof SyntheticHistoryQuery>;

export const SyntheticTestBody = Type.Object({ check: SyntheticCheck }, { additionalProperties: false });
export const SyntheticTestResult = Type.Object({ ok: Type.Boolean(), reason: Nullable(Type.String()), latencyMs: Nullable(Type.Number()), detail: Type.Unknown() });
export type SyntheticTestResult = Static<typeof SyntheticTestResult>;
