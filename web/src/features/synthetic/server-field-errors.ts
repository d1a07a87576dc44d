import { isApiError, isErrorResponse } from '../../lib/api-client';
import { isSyntheticField, KIND_FIELDS, type SyntheticField } from './synthetic-form-values';
import type { SyntheticKind } from './synthetic-options';

export type ServerErrorKey = 'required' | 'duplicateName' | 'invalidPort' | 'invalidIp' | 'invalidHost' | 'invalidUrl' | 'invalidStatus' | 'invalidDays';

/** The field whose every rejection means the same thing, whatever the server's English sentence. */
const FIELD_KEYS: Partial<Record<SyntheticField, ServerErrorKey>> = {
  'check.port': 'invalidPort',
  'check.resolver': 'invalidIp',
  'check.host': 'invalidHost',
  'check.url': 'invalidUrl',
  'check.expectedStatus': 'invalidStatus',
  'check.certMinDays': 'invalidDays',
};

function messageKey(code: string, field: SyntheticField, message: string): ServerErrorKey | null {
  if (code === 'DUPLICATE_NAME') return 'duplicateName';
  if (message === 'is required') return 'required';
  return FIELD_KEYS[field] ?? null;
}

export interface ServerFieldErrors {
  /** Shown next to a field of the form. */
  byField: Partial<Record<SyntheticField, { key: ServerErrorKey | null; message: string }>>;
  /** Field errors the form has no place for (`check.kind`, a field of another kind). */
  other: { field: string; message: string }[];
}

/** Sorts a rejected save's field errors into those the form can show in place and the rest. */
export function serverFieldErrors(error: unknown, kind: SyntheticKind): ServerFieldErrors {
  const out: ServerFieldErrors = { byField: {}, other: [] };
  if (!isApiError(error) || !isErrorResponse(error.body)) return out;
  const shown = new Set<SyntheticField>(['name', ...KIND_FIELDS[kind]]);
  for (const f of error.body.fields ?? []) {
    if (isSyntheticField(f.field) && shown.has(f.field)) out.byField[f.field] ??= { key: messageKey(error.code, f.field, f.message), message: f.message };
    else out.other.push(f);
  }
  return out;
}
