import L from 'leaflet';

const cache = new Map<string, L.DivIcon>();

/**
 * A CSS dot instead of Leaflet's default PNG marker: no image assets to bundle, and the
 * test id rides along in the HTML.
 */
export function towerIcon(id: number, highlighted = false): L.DivIcon {
  const key = `${id}:${highlighted}`;
  let icon = cache.get(key);
  if (!icon) {
    icon = L.divIcon({
      className: `tower-marker tower-marker-${id}${highlighted ? ' tower-marker-highlighted' : ''}`,
      html: `<span class="tower-marker-dot" data-testid="tower-marker-${id}"></span>`,
      iconSize: [20, 20],
      iconAnchor: [10, 10],
      popupAnchor: [0, -10],
    });
    cache.set(key, icon);
  }
  return icon;
}
