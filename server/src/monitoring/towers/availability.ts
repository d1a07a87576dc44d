import type { TowerStatus } from './tower-status.js';

export interface TowerAvailability {
  upSeconds: number;
  degradedSeconds: number;
  downSeconds: number;
  maintenanceSeconds: number;
  unknownSeconds: number;
  /**
   * Share of the time the tower served (up or degraded) out of the time it was up, degraded or
   * down: maintenance and unknown time are left out of both. Null when no such time exists.
   */
  upPercent: number | null;
}

/**
 * Seconds per tower status over [from, to) (epoch ms) from the status in force at `from`
 * (null: not known yet, counted as unknown) and the changes after it, oldest first. Pure.
 */
export function towerAvailability(initial: TowerStatus | null, changes: readonly { at: number; to: TowerStatus }[], from: number, to: number): TowerAvailability {
  const ms: Record<TowerStatus, number> = { up: 0, degraded: 0, down: 0, maintenance: 0, unknown: 0 };
  let status: TowerStatus = initial ?? 'unknown';
  let t = from;
  for (const c of changes) {
    const at = Math.min(Math.max(c.at, from), to);
    ms[status] += at - t;
    t = at;
    status = c.to;
  }
  ms[status] += Math.max(0, to - t);
  const known = ms.up + ms.degraded + ms.down;
  const s = (v: number) => Math.round(v / 1000);
  return {
    upSeconds: s(ms.up),
    degradedSeconds: s(ms.degraded),
    downSeconds: s(ms.down),
    maintenanceSeconds: s(ms.maintenance),
    unknownSeconds: s(ms.unknown),
    upPercent: known === 0 ? null : Math.round(((ms.up + ms.degraded) / known) * 100_000) / 1000,
  };
}
