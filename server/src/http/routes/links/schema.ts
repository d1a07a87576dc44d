import Type, { type Static, type TSchema } from 'typebox';
import { Id, Nullable, literalUnion } from '../../common-schema.js';
import { LINK_STATUSES } from '../../../monitoring/links/link-status.js';

/** A nullable value with a description for /api/docs. */
const Described = <T extends TSchema>(schema: T, description: string) => Type.Union([schema, Type.Null()], { description });
const N = Nullable(Type.Number());

/** A backhaul link: a device whose effective parent is on another tower. */
export const Link = Type.Object({
  id: Type.Integer({ description: "The device's id: a device is at most one link" }),
  fromTowerId: Type.Integer({ description: "The parent's tower, towards the core" }),
  fromTowerName: Type.String(),
  toTowerId: Type.Integer({ description: "The device's own tower" }),
  toTowerName: Type.String(),
  deviceId: Type.Integer(),
  deviceName: Type.String(),
  parentId: Type.Integer(),
  parentName: Type.String(),
  status: literalUnion(LINK_STATUSES, {
    description: "`down` when either end is down or unreachable, else the device's own status (`up`, `degraded`, or `unknown` before its first ping)",
  }),
  maintenance: Type.Boolean({ description: 'A maintenance window covers either end now' }),
  capacityBps: Described(Type.Number(), "The radio's reported capacity or TX rate, else the interface's speed"),
  capacitySource: Nullable(literalUnion(['radio', 'interface'])),
  trafficInBps: Described(Type.Number(), "As the device's interface counts it: on a radio's wireless interface or a router's uplink port, what arrives from the parent's tower"),
  trafficOutBps: N,
  utilisationPercent: Described(Type.Number(), 'max(in, out) ÷ capacity'),
  signalDbm: N,
  ifIndex: Described(Type.Integer(), "The device's interface the traffic is read from: its history is GET /api/devices/{deviceId}/traffic?ifIndex="),
  measuredAt: Described(Type.String(), "The device's last answering SNMP poll; figures older than 2.5 poll intervals are null"),
  snmpError: Nullable(Type.String()),
});
export type Link = Static<typeof Link>;

export const LinkList = Type.Object({ items: Type.Array(Link), total: Type.Integer() });
export type LinkList = Static<typeof LinkList>;

export const LinksQuery = Type.Object({
  towerId: Type.Optional(Id({ description: 'Only the links with an end on this tower' })),
});
export type LinksQuery = Static<typeof LinksQuery>;
