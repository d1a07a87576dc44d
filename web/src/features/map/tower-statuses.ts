import type { Tower } from '@server/http/routes/towers/schema.js';
import { STATUSES, worstStatus, type DeviceStatus } from '../../lib/device-status';
import type { TowerStatus } from './components/tower-icon';

/** Worst status of each tower's enabled devices, from the counts the towers API carries. */
export function towerStatuses(towers: Pick<Tower, 'id' | 'statusCounts'>[]): Map<number, TowerStatus> {
  const out = new Map<number, TowerStatus>();
  for (const tower of towers) {
    let worst: DeviceStatus | undefined;
    for (const status of STATUSES) if (tower.statusCounts[status] > 0) worst = worstStatus(worst, status);
    out.set(tower.id, worst ?? 'none');
  }
  return out;
}
