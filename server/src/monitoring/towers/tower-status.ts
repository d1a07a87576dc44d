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

export interface TowerVerdict {
  status: TowerStatus;
  /** Why, with device names, in the server's language; null when there is nothing to say. */
  reason: string | null;
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
  const w = WORDS[language];
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
  const verdict = (status: TowerStatus, reason: string | null): TowerVerdict => ({ status, reason, infraDown: infraOut.length, customersDown, customers });
  const names = (ds: TowerDevice[]) =>
    ds.slice(0, MAX_NAMES).map((d) => d.name).join(', ') + (ds.length > MAX_NAMES ? ` ${w.more(ds.length - MAX_NAMES)}` : '');
  const customersText = customersDown > 0 ? w.customers(customersDown, customers) : null;
  const join = (...parts: (string | null)[]) => parts.filter((p) => p !== null).join('; ') || null;

  if (t.devices.length === 0 && t.uplink === null) return verdict('unknown', w.noDevice);
  if (t.uplink ? t.uplink.maintenance : infra.length > 0 && infra.every((d) => d.maintenance)) {
    return verdict('maintenance', t.uplink ? w.maintUplink(t.uplink.name) : w.maintInfra(infra.length));
  }
  if (!known) return verdict('unknown', null);
  if (t.uplink && out(t.uplink.status)) return verdict('down', w.uplink(t.uplink.name, w.status[t.uplink.status as 'down' | 'unreachable']));
  if (!t.uplink && infra.length > 0 && infraOut.length === infra.length) return verdict('down', w.allInfra(infra.length, names(infraOut)));

  const uplinkDegraded = t.uplink?.status === 'degraded' ? w.uplink(t.uplink.name, w.status.degraded) : null;
  const infraDegraded = infra.filter((d) => d.status === 'degraded' && d.id !== t.uplink?.id);
  const infraText =
    infraOut.length > 0
      ? w.someInfra(infraOut.length, infra.length, w.status.down, names(infraOut))
      : infraDegraded.length > 0
        ? w.someInfra(infraDegraded.length, infra.length, w.status.degraded, names(infraDegraded))
        : null;
  const tooManyCustomers = customers > 0 && customersDown * 100 > customersDegradedPercent * customers;
  if (uplinkDegraded || infraText || tooManyCustomers) return verdict('degraded', join(uplinkDegraded, infraText, customersText));
  return verdict('up', customersText);
}
