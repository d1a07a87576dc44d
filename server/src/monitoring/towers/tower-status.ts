import type { Language } from '../../alerting/messages.js';
import { isCustomer, type DeviceType } from '../../inventory/roles.js';
import type { Status } from '../status-machine.js';

export const TOWER_STATUSES = ['up', 'degraded', 'down', 'maintenance', 'unknown'] as const;
export type TowerStatus = (typeof TOWER_STATUSES)[number];

/** An enabled device as the tower's verdict sees it. */
export interface TowerDevice {
  id: number;
  name: string;
  type: DeviceType;
  status: Status;
  /** A maintenance window covers it now. */
  maintenance: boolean;
}

export interface TowerInput {
  /** The tower's enabled uplink device (it may sit on another tower); null when none is set. */
  uplink: TowerDevice | null;
  /** The tower's enabled devices (the uplink too when it is on the tower). */
  devices: readonly TowerDevice[];
}

/** A device a reason names. */
export interface ReasonDevice {
  id: number;
  name: string;
}

export const TOWER_REASON_KINDS = ['uplink', 'allInfra', 'someInfra', 'maintUplink', 'maintInfra', 'customers', 'noDevice'] as const;
export const TOWER_REASON_STATUSES = ['down', 'unreachable', 'degraded'] as const;

/**
 * One clause of a tower's reason, as data, so each reader renders it in their own language and
 * links the devices it names:
 * - `uplink` (status; devices: the uplink), `maintUplink` (devices: the uplink);
 * - `allInfra` (total; devices: the first few down, more: how many are left unnamed);
 * - `someInfra` (status `down` or `degraded`, count of total; devices, more as above);
 * - `customers` (count of total down), `maintInfra` (total), `noDevice`: name no device.
 */
export interface TowerReasonPart {
  kind: (typeof TOWER_REASON_KINDS)[number];
  status?: (typeof TOWER_REASON_STATUSES)[number];
  count?: number;
  total?: number;
  devices: ReasonDevice[];
  more?: number;
}

export interface TowerVerdict {
  status: TowerStatus;
  /** Why, with device names, in the server's language; null when there is nothing to say. */
  reason: string | null;
  /** The same reason as data (empty when there is nothing to say). */
  reasonParts: TowerReasonPart[];
  /** Infrastructure devices on the tower that are down or unreachable. */
  infraDown: number;
  /** Customers (stations) on the tower without service: down or unreachable. */
  customersDown: number;
  customers: number;
}

const out = (s: Status) => s === 'down' || s === 'unreachable';
const MAX_NAMES = 3;

const WORDS = {
  en: {
    status: { down: 'down', unreachable: 'unreachable', degraded: 'degraded' },
    uplink: (name: string, status: string) => `uplink ${name} ${status}`,
    allInfra: (n: number, names: string) => `all ${n} infra down: ${names}`,
    someInfra: (k: number, n: number, what: string, names: string) => `${k} of ${n} infra ${what}: ${names}`,
    customers: (k: number, n: number) => `${k} of ${n} customers down`,
    maintUplink: (name: string) => `maintenance on uplink ${name}`,
    maintInfra: (n: number) => `maintenance on all ${n} infra`,
    noDevice: 'no enabled device',
    more: (n: number) => `+${n}`,
  },
  'pt-BR': {
    status: { down: 'fora do ar', unreachable: 'inalcançável', degraded: 'degradado' },
    uplink: (name: string, status: string) => `uplink ${name} ${status}`,
    allInfra: (n: number, names: string) => `toda a infra (${n}) fora: ${names}`,
    someInfra: (k: number, n: number, what: string, names: string) => `${k} de ${n} da infra ${what}: ${names}`,
    customers: (k: number, n: number) => `${k} de ${n} clientes fora`,
    maintUplink: (name: string) => `manutenção no uplink ${name}`,
    maintInfra: (n: number) => `manutenção em toda a infra (${n})`,
    noDevice: 'nenhum equipamento ativo',
    more: (n: number) => `+${n}`,
  },
} as const;

/** The reason as text in `language` (Telegram, stored events, old clients); null when there are no parts. */
export function towerReasonText(parts: readonly TowerReasonPart[], language: Language = 'en'): string | null {
  const w = WORDS[language];
  const names = (p: TowerReasonPart) => p.devices.map((d) => d.name).join(', ') + (p.more ? ` ${w.more(p.more)}` : '');
  const first = (p: TowerReasonPart) => p.devices[0]?.name ?? '';
  const text = (p: TowerReasonPart): string => {
    switch (p.kind) {
      case 'uplink':
        return w.uplink(first(p), w.status[p.status ?? 'down']);
      case 'allInfra':
        return w.allInfra(p.total ?? 0, names(p));
      case 'someInfra':
        return w.someInfra(p.count ?? 0, p.total ?? 0, w.status[p.status ?? 'down'], names(p));
      case 'customers':
        return w.customers(p.count ?? 0, p.total ?? 0);
      case 'maintUplink':
        return w.maintUplink(first(p));
      case 'maintInfra':
        return w.maintInfra(p.total ?? 0);
      case 'noDevice':
        return w.noDevice;
    }
  };
  return parts.map(text).join('; ') || null;
}

/**
 * A tower's status from its devices' statuses, first rule that holds:
 * - `unknown`: no enabled device on the tower and no uplink;
 * - `maintenance`: a window covers the uplink (or, with none set, every infrastructure device);
 * - `unknown`: no device has a known status yet;
 * - `down`: the uplink (or, with none set, every infrastructure device) is down or unreachable;
 * - `degraded`: an infrastructure device is down, unreachable or degraded, or more than
 *   `customersDegradedPercent` % of the customers are down or unreachable;
 * - else `up`.
 * Customers never make a tower down. Pure; O(devices on the tower).
 */
export function towerStatus(t: TowerInput, customersDegradedPercent: number, language: Language = 'en'): TowerVerdict {
  const infra: TowerDevice[] = [];
  let customers = 0;
  let customersDown = 0;
  let known = t.uplink !== null && t.uplink.status !== 'unknown';
  for (const d of t.devices) {
    if (d.status !== 'unknown') known = true;
    if (isCustomer(d.type)) {
      customers++;
      if (out(d.status)) customersDown++;
    } else infra.push(d);
  }
  const infraOut = infra.filter((d) => out(d.status));
  const verdict = (status: TowerStatus, ...given: (TowerReasonPart | null)[]): TowerVerdict => {
    const reasonParts = given.filter((p) => p !== null);
    return { status, reason: towerReasonText(reasonParts, language), reasonParts, infraDown: infraOut.length, customersDown, customers };
  };
  const named = (ds: TowerDevice[]) => ({
    devices: ds.slice(0, MAX_NAMES).map((d) => ({ id: d.id, name: d.name })),
    ...(ds.length > MAX_NAMES && { more: ds.length - MAX_NAMES }),
  });
  const customersPart: TowerReasonPart | null = customersDown > 0 ? { kind: 'customers', count: customersDown, total: customers, devices: [] } : null;

  if (t.devices.length === 0 && t.uplink === null) return verdict('unknown', { kind: 'noDevice', devices: [] });
  if (t.uplink ? t.uplink.maintenance : infra.length > 0 && infra.every((d) => d.maintenance)) {
    return verdict('maintenance', t.uplink ? { kind: 'maintUplink', ...named([t.uplink]) } : { kind: 'maintInfra', total: infra.length, devices: [] });
  }
  if (!known) return verdict('unknown');
  if (t.uplink && out(t.uplink.status)) return verdict('down', { kind: 'uplink', status: t.uplink.status as 'down' | 'unreachable', ...named([t.uplink]) });
  if (!t.uplink && infra.length > 0 && infraOut.length === infra.length) return verdict('down', { kind: 'allInfra', total: infra.length, ...named(infraOut) });

  const uplinkDegraded: TowerReasonPart | null = t.uplink?.status === 'degraded' ? { kind: 'uplink', status: 'degraded', ...named([t.uplink]) } : null;
  const infraDegraded = infra.filter((d) => d.status === 'degraded' && d.id !== t.uplink?.id);
  const infraPart: TowerReasonPart | null =
    infraOut.length > 0
      ? { kind: 'someInfra', status: 'down', count: infraOut.length, total: infra.length, ...named(infraOut) }
      : infraDegraded.length > 0
        ? { kind: 'someInfra', status: 'degraded', count: infraDegraded.length, total: infra.length, ...named(infraDegraded) }
        : null;
  const tooManyCustomers = customers > 0 && customersDown * 100 > customersDegradedPercent * customers;
  if (uplinkDegraded || infraPart || tooManyCustomers) return verdict('degraded', uplinkDegraded, infraPart, customersPart);
  return verdict('up', customersPart);
}
