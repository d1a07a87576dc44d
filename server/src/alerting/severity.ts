import type { AlertKind, Severity } from '../db/repos/alerts.js';
import { DEVICE_TYPES, type DeviceType } from '../inventory/roles.js';

/** Lowest first: a severity "at or above" another ranks no lower. */
export const SEVERITY_ORDER = ['info', 'warning', 'major', 'critical'] as const satisfies readonly Severity[];

export const rank = (s: Severity) => SEVERITY_ORDER.indexOf(s);
export const atLeast = (s: Severity, minimum: Severity) => rank(s) >= rank(minimum);
/** One level lower (info stays info). */
export const lower = (s: Severity): Severity => SEVERITY_ORDER[Math.max(0, rank(s) - 1)]!;

/**
 * How alerts are ranked and which are sent: a device's outage by its type, a tower uplink's at
 * least `uplink`; Telegram and webhooks get alerts at or above `minimum`, the rest are only kept.
 */
export interface SeverityPolicy {
  down: Record<DeviceType, Severity>;
  uplink: Severity;
  minimum: Severity;
}

export const DEFAULT_SEVERITY_POLICY: SeverityPolicy = {
  down: { router: 'critical', switch: 'critical', ptp: 'critical', olt: 'critical', ap: 'major', server: 'major', other: 'major', station: 'warning' },
  uplink: 'critical',
  minimum: 'major',
};

/** Stored settings over the defaults, field by field (a type added later keeps its default). */
export function mergePolicy(stored: Partial<SeverityPolicy> | null): SeverityPolicy {
  const d = DEFAULT_SEVERITY_POLICY;
  const down = Object.fromEntries(DEVICE_TYPES.map((t) => [t, stored?.down?.[t] ?? d.down[t]])) as Record<DeviceType, Severity>;
  return { down, uplink: stored?.uplink ?? d.uplink, minimum: stored?.minimum ?? d.minimum };
}

/**
 * An alert's severity. A device's outage ranks by its type (a tower uplink at least by
 * `uplink`); every other alert on the device (degraded, flapping, interfaces, SNMP, radio,
 * reboot, anomaly) one level lower. The internet outage is always critical.
 */
export function alertSeverity(kind: AlertKind, device: { type: DeviceType; uplink: boolean } | null, policy: SeverityPolicy): Severity {
  if (kind === 'internet' || device === null) return 'critical';
  const byType = policy.down[device.type];
  const down = device.uplink && rank(policy.uplink) > rank(byType) ? policy.uplink : byType;
  return kind === 'down' ? down : lower(down);
}
