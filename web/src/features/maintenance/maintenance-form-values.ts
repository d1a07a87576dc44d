import type { MaintenanceCreate } from '@server/http/routes/maintenance/schema.js';
import { DURATION_PRESETS, type DurationChoice, type MaintenanceScope } from './maintenance-options';

export interface MaintenanceFormValues {
  scope: MaintenanceScope;
  /** The chosen device or tower; ignored for a global window. */
  targetId: number | null;
  startMode: 'now' | 'at';
  /** `datetime-local` text, read as local time. */
  startsAt: string;
  duration: DurationChoice;
  /** `datetime-local` text, for a custom end. */
  endsAt: string;
  weekly: boolean;
  reason: string;
}

export const emptyMaintenanceValues = (prefill: { scope?: MaintenanceScope; targetId?: number | null } = {}): MaintenanceFormValues => ({
  scope: prefill.scope ?? 'device',
  targetId: prefill.targetId ?? null,
  startMode: 'now',
  startsAt: '',
  duration: 'h1',
  endsAt: '',
  weekly: false,
  reason: '',
});

/** The fields of the form an error can sit next to. */
export type MaintenanceField = 'scope' | 'targetId' | 'startsAt' | 'duration' | 'endsAt' | 'recurrence' | 'reason';
export type MaintenanceErrorKey = 'targetRequired' | 'startRequired' | 'endRequired' | 'endBeforeStart';
export type LocalErrors = Partial<Record<MaintenanceField, MaintenanceErrorKey>>;

/** `datetime-local` text ("2026-05-04T22:00") as an instant in the browser's time zone. */
export function parseLocalDateTime(text: string): Date | null {
  if (!text) return null;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** An instant as `datetime-local` text in the browser's time zone (for prefilling inputs). */
export const toLocalDateTime = (date: Date): string =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;

/** What the browser can tell before asking the server; "already over" and the like are the server's. */
export function validateMaintenance(values: MaintenanceFormValues, now: number = Date.now()): LocalErrors {
  const errors: LocalErrors = {};
  if (values.scope !== 'global' && values.targetId === null) errors.targetId = 'targetRequired';
  const start = values.startMode === 'at' ? parseLocalDateTime(values.startsAt) : new Date(now);
  if (!start) errors.startsAt = 'startRequired';
  if (values.duration === 'custom') {
    const end = parseLocalDateTime(values.endsAt);
    if (!end) errors.endsAt = 'endRequired';
    else if (start && end.getTime() <= start.getTime()) errors.endsAt = 'endBeforeStart';
  }
  return errors;
}

/** The request body; call after `validateMaintenance` found nothing. */
export function toMaintenanceCreate(values: MaintenanceFormValues): MaintenanceCreate {
  const body: MaintenanceCreate = { scope: values.scope };
  if (values.scope !== 'global' && values.targetId !== null) body.targetId = values.targetId;
  const start = values.startMode === 'at' ? parseLocalDateTime(values.startsAt) : null;
  if (start) body.startsAt = start.toISOString();
  if (values.duration === 'custom') {
    const end = parseLocalDateTime(values.endsAt);
    if (end) body.endsAt = end.toISOString();
  } else body.durationMinutes = DURATION_PRESETS[values.duration];
  if (values.weekly) body.recurrence = 'weekly';
  const reason = values.reason.trim();
  if (reason) body.reason = reason;
  return body;
}

/**
 * Where a server field error is shown: a duration error sits under the end time when the
 * user gave one, and the other way round.
 */
export function formFieldOf(serverField: string, duration: DurationChoice): MaintenanceField | null {
  switch (serverField) {
    case 'durationMinutes':
    case 'endsAt':
      return duration === 'custom' ? 'endsAt' : 'duration';
    case 'scope':
    case 'targetId':
    case 'startsAt':
    case 'recurrence':
    case 'reason':
      return serverField;
    default:
      return null;
  }
}

/** The server's English sentences for the window checks, mapped to messages in the user's language. */
const SERVER_MESSAGES = {
  'the window must end after it starts': 'endBeforeStart',
  'the window is already over': 'alreadyOver',
  'a weekly window lasts at most 7 days': 'weeklyTooLong',
} as const;
export type ServerMessageKey = (typeof SERVER_MESSAGES)[keyof typeof SERVER_MESSAGES] | 'unknownTarget';

export function serverMessageKey(code: string, message: string): ServerMessageKey | null {
  if (code === 'UNKNOWN_DEVICE' || code === 'UNKNOWN_TOWER') return 'unknownTarget';
  return Object.hasOwn(SERVER_MESSAGES, message) ? SERVER_MESSAGES[message as keyof typeof SERVER_MESSAGES] : null;
}
