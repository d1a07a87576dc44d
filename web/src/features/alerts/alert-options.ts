import type { AlertView } from '@server/http/routes/alerts/schema.js';
import type { TimeRange } from '../../lib/time-ranges';

export type Severity = AlertView['severity'];
export const SEVERITIES = ['critical', 'major', 'warning', 'info'] as const satisfies readonly Severity[];
export const isSeverity = (value: string | null): value is Severity => (SEVERITIES as readonly (string | null)[]).includes(value);

export const HISTORY_RANGES = ['24h', '7d', '30d'] as const satisfies readonly TimeRange[];
export type HistoryRange = (typeof HISTORY_RANGES)[number];
export const isHistoryRange = (value: string | null): value is HistoryRange => (HISTORY_RANGES as readonly (string | null)[]).includes(value);

export const ALERT_TABS = ['open', 'history'] as const;
export type AlertTab = (typeof ALERT_TABS)[number];
