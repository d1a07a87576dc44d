import { worstStatus, type DeviceStatus } from '../../lib/device-status';
import type { TowerStatus } from './components/tower-icon';

/**
 * Worst status per tower. Only devices that are not up need to be listed: a tower with
 * devices and none of them listed is up; a tower without devices stays neutral.
 */
export function towerStatuses(towers: { id: number; deviceCount: number }[], notUp: { towerId: number | null; status: DeviceStatus }[]): Map<number, TowerStatus> {
  const worst = new Map<number, DeviceStatus>();
  for (const device of notUp) {
    if (device.towerId !== null) worst.set(device.towerId, worstStatus(worst.get(device.towerId), device.status));
  }
  const out = new Map<number, TowerStatus>();
  for (const tower of towers) out.set(tower.id, worst.get(tower.id) ?? (tower.deviceCount > 0 ? 'up' : 'none'));
  return out;
}
