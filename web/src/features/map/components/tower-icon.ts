import L from 'leaflet';
import type { DeviceStatus } from '../../../lib/device-status';

/** `none`: a tower without monitored devices. */
export type TowerStatus = DeviceStatus | 'none';

const cache = new Map<string, L.DivIcon>();

/**
 * A CSS dot instead of Leaflet's default PNG marker: no image assets to bundle, and the
 * test id and status ride along in the HTML.
 */
export function towerIcon(id: number, highlighted = false, status: TowerStatus = 'none', maintenance = false): L.DivIcon {
  const key = `${id}:${highlighted}:${status}:${maintenance}`;
  let icon = cache.get(key);
  if (!icon) {
    icon = L.divIcon({
      className: `tower-marker tower-marker-${id} tower-status-${status}${highlighted ? ' tower-marker-highlighted' : ''}${maintenance ? ' tower-maintenance' : ''}`,
      html: `<span class="tower-marker-dot" data-testid="tower-marker-${id}" data-status="${status}" data-maintenance="${maintenance}"></span>`,
      iconSize: [20, 20],
      iconAnchor: [10, 10],
      popupAnchor: [0, -10],
    });
    cache.set(key, icon);
  }
  return icon;
}
