import type { Status } from '../status-machine.js';

export const LINK_STATUSES = ['up', 'degraded', 'down', 'unknown'] as const;
export type LinkStatus = (typeof LINK_STATUSES)[number];

const cut = (s: Status | undefined) => s === 'down' || s === 'unreachable';

/**
 * A link is down when either end is down or unreachable (the far end of a cut radio is
 * unreachable, the near one may still answer); otherwise it has its device's status, whose
 * latency and loss are measured across the link. A device not pinged yet (or disabled) is unknown.
 */
export function linkStatus(device: Status | undefined, parent: Status | undefined): LinkStatus {
  if (cut(device) || cut(parent)) return 'down';
  if (device === 'up' || device === 'degraded') return device;
  return 'unknown';
}
