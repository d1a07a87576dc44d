import type { DeviceStatus } from '@server/http/routes/devices/schema.js';

// Type-only import keeps TypeBox out of the bundle; `satisfies` fails the build if the
// server adds or drops a status.
const STATUS_SET = { unknown: true, up: true, down: true, degraded: true, unreachable: true } satisfies Record<DeviceStatus, true>;

export type { DeviceStatus };

/** Display order: worst first. */
export const STATUSES: DeviceStatus[] = ['down', 'unreachable', 'degraded', 'unknown', 'up'];

export const isDeviceStatus = (value: string): value is DeviceStatus => value in STATUS_SET;

/** Higher is worse; decides a tower's colour from its devices. */
const SEVERITY: Record<DeviceStatus, number> = { up: 0, unknown: 1, degraded: 2, unreachable: 3, down: 4 };

export function worstStatus(a: DeviceStatus | undefined, b: DeviceStatus): DeviceStatus {
  return a === undefined || SEVERITY[b] > SEVERITY[a] ? b : a;
}

/** Parses a comma list (`down,unreachable`) and drops anything unknown, keeping display order. */
export function parseStatusList(text: string | null | undefined): DeviceStatus[] {
  const wanted = new Set((text ?? '').split(','));
  return STATUSES.filter((status) => wanted.has(status));
}
