import type { Device, DeviceCreate, DevicePatch, DeviceType, SnmpPublic, SnmpSettings, SnmpSettingsPatch } from '@server/http/routes/devices/schema.js';
import { isAuthProtocol, isPrivProtocol } from '../device-options';

export interface SnmpFormValues {
  version: '' | '1' | '2c' | '3';
  port: string;
  community: string;
  username: string;
  authProtocol: string;
  authKey: string;
  privProtocol: string;
  privKey: string;
}

export interface DeviceFormValues {
  name: string;
  host: string;
  type: DeviceType;
  vendor: string;
  model: string;
  towerId: string;
  parentId: number | null;
  enabled: boolean;
  tags: string;
  notes: string;
  /** Blank: the type's or global default. */
  latencyThresholdMs: string;
  snmp: SnmpFormValues;
}

export function toFormValues(device: Device | undefined, defaults: { towerId?: number } = {}): DeviceFormValues {
  const snmp = device?.snmp;
  return {
    name: device?.name ?? '',
    host: device?.host ?? '',
    type: device?.type ?? 'router',
    vendor: device?.vendor ?? '',
    model: device?.model ?? '',
    towerId: device?.towerId ? String(device.towerId) : defaults.towerId ? String(defaults.towerId) : '',
    parentId: device?.parentId ?? null,
    enabled: device?.enabled ?? true,
    tags: device?.tags.join(', ') ?? '',
    notes: device?.notes ?? '',
    latencyThresholdMs: device?.latencyThresholdMs ? String(device.latencyThresholdMs) : '',
    snmp: {
      version: snmp?.version ?? '',
      port: snmp ? String(snmp.port) : '',
      community: '',
      username: snmp?.username ?? '',
      authProtocol: snmp?.authProtocol ?? 'sha',
      authKey: '',
      privProtocol: snmp?.privProtocol ?? '',
      privKey: '',
    },
  };
}

export const parseTags = (text: string): string[] =>
  Array.from(new Set(text.split(/[,;]/).map((tag) => tag.trim()).filter(Boolean)));

const orNull = (text: string): string | null => text.trim() || null;

function parsePort(text: string): number | undefined {
  const value = Number(text.trim());
  return text.trim() && Number.isInteger(value) ? value : undefined;
}

/** Which secrets the server already holds, so a blank field may keep them. */
export function storedSecrets(stored: SnmpPublic | null | undefined): { community: boolean; authKey: boolean; privKey: boolean } {
  return {
    community: stored?.version === '1' || stored?.version === '2c',
    authKey: stored?.version === '3',
    privKey: stored?.version === '3' && Boolean(stored.privProtocol),
  };
}

/** Client-side checks the server would also make, so the user sees them before a round trip. */
export function parseThreshold(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (!trimmed) return null;
  const value = Number(trimmed);
  return Number.isInteger(value) && value >= 1 && value <= 60_000 ? value : undefined;
}

export function validateDevice(values: DeviceFormValues, stored: SnmpPublic | null, required: string, keyTooShort: string, badThreshold: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!values.name.trim()) errors.name = required;
  if (!values.host.trim()) errors.host = required;
  if (parseThreshold(values.latencyThresholdMs) === undefined) errors.latencyThresholdMs = badThreshold;
  const s = values.snmp;
  const has = storedSecrets(stored);
  if ((s.version === '1' || s.version === '2c') && !has.community && !s.community) errors['snmp.community'] = required;
  if (s.version === '3') {
    if (!s.username.trim()) errors['snmp.username'] = required;
    if (!has.authKey && !s.authKey) errors['snmp.authKey'] = required;
    if (s.authKey && s.authKey.length < 8) errors['snmp.authKey'] = keyTooShort;
    if (s.privProtocol && !has.privKey && !s.privKey) errors['snmp.privKey'] = required;
    if (s.privKey && s.privKey.length < 8) errors['snmp.privKey'] = keyTooShort;
  }
  return errors;
}

function snmpForCreate(s: SnmpFormValues): SnmpSettings | null {
  const port = parsePort(s.port);
  if (s.version === '1' || s.version === '2c') return { version: s.version, community: s.community, ...(port ? { port } : {}) };
  if (s.version === '3' && isAuthProtocol(s.authProtocol)) {
    return {
      version: '3',
      username: s.username.trim(),
      authProtocol: s.authProtocol,
      authKey: s.authKey,
      ...(isPrivProtocol(s.privProtocol) ? { privProtocol: s.privProtocol, privKey: s.privKey } : {}),
      ...(port ? { port } : {}),
    };
  }
  return null;
}

/** Blank secrets are left out so the server keeps the stored ones (also what "Test SNMP" sends). */
export function snmpForPatch(s: SnmpFormValues): SnmpSettingsPatch | null {
  const port = parsePort(s.port);
  if (s.version === '1' || s.version === '2c') {
    return { version: s.version, ...(s.community ? { community: s.community } : {}), ...(port ? { port } : {}) };
  }
  if (s.version === '3' && isAuthProtocol(s.authProtocol)) {
    return {
      version: '3',
      username: s.username.trim(),
      authProtocol: s.authProtocol,
      ...(s.authKey ? { authKey: s.authKey } : {}),
      privProtocol: isPrivProtocol(s.privProtocol) ? s.privProtocol : null,
      ...(s.privKey && isPrivProtocol(s.privProtocol) ? { privKey: s.privKey } : {}),
      ...(port ? { port } : {}),
    };
  }
  return null;
}

function common(values: DeviceFormValues) {
  return {
    name: values.name.trim(),
    host: values.host.trim(),
    type: values.type,
    vendor: orNull(values.vendor),
    model: orNull(values.model),
    towerId: values.towerId ? Number(values.towerId) : null,
    parentId: values.parentId,
    enabled: values.enabled,
    tags: parseTags(values.tags),
    notes: orNull(values.notes),
    latencyThresholdMs: parseThreshold(values.latencyThresholdMs) ?? null,
  };
}

export const toCreateBody = (values: DeviceFormValues): DeviceCreate => ({ ...common(values), snmp: snmpForCreate(values.snmp) });

export const toPatchBody = (values: DeviceFormValues): DevicePatch => ({ ...common(values), snmp: snmpForPatch(values.snmp) });
