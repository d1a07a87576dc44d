import type { SyntheticCheck, SyntheticCreate, SyntheticPatch, SyntheticTarget } from '@server/http/routes/synthetic/schema.js';
import type { DnsRecordType, SyntheticKind } from './synthetic-options';

/** Each kind keeps its own draft (text as typed), so switching kinds back and forth loses nothing. */
export interface CheckDrafts {
  icmp: { host: string };
  dns: { resolver: string; port: string; name: string; recordType: DnsRecordType; expected: string };
  http: { url: string; expectedStatus: string; bodyMatch: string; certMinDays: string };
  tcp: { host: string; port: string };
}

export interface SyntheticFormValues {
  name: string;
  kind: SyntheticKind;
  external: boolean;
  enabled: boolean;
  drafts: CheckDrafts;
}

const EMPTY_DRAFTS: CheckDrafts = {
  icmp: { host: '' },
  dns: { resolver: '', port: '', name: '', recordType: 'A', expected: '' },
  http: { url: '', expectedStatus: '200', bodyMatch: '', certMinDays: '' },
  tcp: { host: '', port: '' },
};

export const emptySyntheticValues = (kind: SyntheticKind = 'http'): SyntheticFormValues => ({ name: '', kind, external: true, enabled: true, drafts: EMPTY_DRAFTS });

const text = (value: number | null | undefined): string => (value === null || value === undefined ? '' : String(value));

/** The form filled with a stored check, for editing. */
export function fromTarget(target: SyntheticTarget): SyntheticFormValues {
  const c = target.check;
  const drafts: CheckDrafts = { ...EMPTY_DRAFTS };
  switch (c.kind) {
    case 'icmp':
      drafts.icmp = { host: c.host };
      break;
    case 'dns':
      drafts.dns = { resolver: c.resolver, port: text(c.port), name: c.name, recordType: c.recordType ?? 'A', expected: c.expected ?? '' };
      break;
    case 'http':
      // Absent means the server's default, 200; null means any 2xx or 3xx (a blank field).
      drafts.http = { url: c.url, expectedStatus: c.expectedStatus === undefined ? '200' : text(c.expectedStatus), bodyMatch: c.bodyMatch ?? '', certMinDays: text(c.certMinDays) };
      break;
    case 'tcp':
      drafts.tcp = { host: c.host, port: String(c.port) };
      break;
  }
  return { name: target.name, kind: c.kind, external: target.external, enabled: target.enabled, drafts };
}

/** The fields an error can sit next to, named as the server names them. */
export const SYNTHETIC_FIELDS = [
  'name',
  'check.host',
  'check.port',
  'check.resolver',
  'check.name',
  'check.recordType',
  'check.expected',
  'check.url',
  'check.expectedStatus',
  'check.bodyMatch',
  'check.certMinDays',
] as const;
export type SyntheticField = (typeof SYNTHETIC_FIELDS)[number];
export const isSyntheticField = (value: string): value is SyntheticField => (SYNTHETIC_FIELDS as readonly string[]).includes(value);

/** Which of those the form shows for each kind. */
export const KIND_FIELDS: Record<SyntheticKind, readonly SyntheticField[]> = {
  icmp: ['check.host'],
  dns: ['check.resolver', 'check.port', 'check.name', 'check.recordType', 'check.expected'],
  http: ['check.url', 'check.expectedStatus', 'check.bodyMatch', 'check.certMinDays'],
  tcp: ['check.host', 'check.port'],
};

export type LocalErrorKey = 'required' | 'invalidPort' | 'invalidStatus' | 'invalidDays' | 'invalidUrl';
export type LocalErrors = Partial<Record<SyntheticField, LocalErrorKey>>;

/** Blank: null; a whole number in range: the number; anything else: NaN. */
function parseInteger(value: string, min: number, max: number): number | null {
  const v = value.trim();
  if (!v) return null;
  const n = Number(v);
  return /^\d+$/.test(v) && n >= min && n <= max ? n : Number.NaN;
}

const isBad = (n: number | null) => n !== null && Number.isNaN(n);

/** What the browser can tell about the check before the server (an IP's format and the like are the server's). */
export function validateCheck(values: SyntheticFormValues): LocalErrors {
  const errors: LocalErrors = {};
  const required = (field: SyntheticField, value: string) => {
    if (!value.trim()) errors[field] = 'required';
  };
  switch (values.kind) {
    case 'icmp':
      required('check.host', values.drafts.icmp.host);
      break;
    case 'dns': {
      const d = values.drafts.dns;
      required('check.resolver', d.resolver);
      required('check.name', d.name);
      if (isBad(parseInteger(d.port, 1, 65535))) errors['check.port'] = 'invalidPort';
      break;
    }
    case 'http': {
      const d = values.drafts.http;
      if (!d.url.trim()) errors['check.url'] = 'required';
      else if (!/^https?:\/\/\S+$/i.test(d.url.trim())) errors['check.url'] = 'invalidUrl';
      if (isBad(parseInteger(d.expectedStatus, 100, 599))) errors['check.expectedStatus'] = 'invalidStatus';
      if (isBad(parseInteger(d.certMinDays, 0, 3650))) errors['check.certMinDays'] = 'invalidDays';
      break;
    }
    case 'tcp': {
      const d = values.drafts.tcp;
      required('check.host', d.host);
      const port = parseInteger(d.port, 1, 65535);
      if (port === null) errors['check.port'] = 'required';
      else if (Number.isNaN(port)) errors['check.port'] = 'invalidPort';
      break;
    }
  }
  return errors;
}

export function validateSynthetic(values: SyntheticFormValues): LocalErrors {
  const errors = validateCheck(values);
  if (!values.name.trim()) errors.name = 'required';
  return errors;
}

const orNull = (value: string): string | null => value.trim() || null;

/**
 * The check of the chosen kind; call after `validateCheck` found nothing. Optional settings left
 * blank are sent as null, so an edit clears them.
 */
export function toCheck(values: SyntheticFormValues): SyntheticCheck {
  switch (values.kind) {
    case 'icmp':
      return { kind: 'icmp', host: values.drafts.icmp.host.trim() };
    case 'dns': {
      const d = values.drafts.dns;
      const port = parseInteger(d.port, 1, 65535);
      return { kind: 'dns', resolver: d.resolver.trim(), ...(port !== null && { port }), name: d.name.trim(), recordType: d.recordType, expected: orNull(d.expected) };
    }
    case 'http': {
      const d = values.drafts.http;
      return {
        kind: 'http',
        url: d.url.trim(),
        expectedStatus: parseInteger(d.expectedStatus, 100, 599),
        bodyMatch: orNull(d.bodyMatch),
        certMinDays: parseInteger(d.certMinDays, 0, 3650),
      };
    }
    case 'tcp':
      return { kind: 'tcp', host: values.drafts.tcp.host.trim(), port: Number(values.drafts.tcp.port.trim()) };
  }
}

/** The request body, for a new check or an edit; call after `validateSynthetic` found nothing. */
export const toSyntheticBody = (values: SyntheticFormValues): SyntheticCreate => ({
  name: values.name.trim(),
  check: toCheck(values),
  external: values.external,
  enabled: values.enabled,
});

/**
 * What an edit changed. The check is sent only when it differs: a new check starts its status
 * over on the server, and renaming a check should not.
 */
export function toSyntheticPatch(target: SyntheticTarget, values: SyntheticFormValues): SyntheticPatch {
  const body = toSyntheticBody(values);
  const before = toSyntheticBody(fromTarget(target));
  return {
    ...(body.name !== before.name && { name: body.name }),
    ...(JSON.stringify(body.check) !== JSON.stringify(before.check) && { check: body.check }),
    ...(body.external !== before.external && { external: body.external }),
    ...(body.enabled !== before.enabled && { enabled: body.enabled }),
  };
}
