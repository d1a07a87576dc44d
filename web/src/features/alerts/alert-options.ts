import type { AlertView } from '@server/http/routes/alerts/schema.js';
import type { DeviceType } from '@server/http/routes/devices/schema.js';
import type { TimeRange } from '../../lib/time-ranges';

export type Severity = AlertView['severity'];
export const SEVERITIES = ['critical', 'major', 'warning', 'info'] as const satisfies readonly Severity[];
export const isSeverity = (value: string | null): value is Severity => (SEVERITIES as readonly (string | null)[]).includes(value);

// Type-only imports from the server keep TypeBox out of the bundle; `satisfies` fails the build if a type is added.
const DEVICE_TYPE_SET = { router: true, switch: true, ptp: true, olt: true, ap: true, station: true, server: true, other: true } satisfies Record<DeviceType, true>;
export const DEVICE_TYPES = Object.keys(DEVICE_TYPE_SET) as DeviceType[];
export const isDeviceType = (value: string | null): value is DeviceType => value !== null && Object.hasOwn(DEVICE_TYPE_SET, value);

export const HISTORY_RANGES = ['24h', '7d', '30d'] as const satisfies readonly TimeRange[];
export type HistoryRange = (typeof HISTORY_RANGES)[number];
export const isHistoryRange = (value: string | null): value is HistoryRange => (HISTORY_RANGES as readonly (string | null)[]).includes(value);

export const ALERT_TABS = ['open', 'history'] as const;
export type AlertTab = (typeof ALERT_TABS)[number];
