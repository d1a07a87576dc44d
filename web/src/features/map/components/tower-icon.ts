import L from 'leaflet';
import type { Tower } from '@server/http/routes/towers/schema.js';

type IconTower = Pick<Tower, 'id' | 'name' | 'status' | 'maintenance'>;

const cache = new Map<string, L.DivIcon>();

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A CSS dot instead of Leaflet's default PNG marker: no image assets to bundle, and the test
 * id and status ride along in the HTML. The name sits beside the dot; the label layout hides
 * it (a class on the marker) when it would cover another.
 */
export function towerIcon(tower: IconTower, highlighted = false): L.DivIcon {
  const maintenance = tower.maintenance > 0;
  const key = `${tower.id}:${highlighted}:${tower.status}:${maintenance}:${tower.name}`;
  let icon = cache.get(key);
  if (!icon) {
    icon = L.divIcon({
      className: `tower-marker tower-marker-${tower.id} tower-status-${tower.status}${highlighted ? ' tower-marker-highlighted' : ''}${maintenance ? ' tower-maintenance' : ''}`,
      html:
        `<span class="tower-marker-dot" data-testid="tower-marker-${tower.id}" data-status="${tower.status}" data-maintenance="${maintenance}"></span>` +
        `<span class="tower-label" data-testid="tower-label-${tower.id}">${escapeHtml(tower.name)}</span>`,
      iconSize: [20, 20],
      iconAnchor: [10, 10],
      popupAnchor: [0, -10],
    });
    cache.set(key, icon);
  }
  return icon;
}

/** Where a tower's label sits relative to its dot's centre, in pixels (see map.css). */
export const LABEL_OFFSET = { x: 13, y: -9 };
export const LABEL_HEIGHT = 18;
const LABEL_FONT = '600 12px system-ui, sans-serif';
const LABEL_PADDING = 8;

const widths = new Map<string, number>();
let context: CanvasRenderingContext2D | null | undefined;

/** The label's width on screen, measured once per name (no layout read from the DOM). */
export function labelWidth(name: string): number {
  let width = widths.get(name);
  if (width === undefined) {
    context ??= document.createElement('canvas').getContext('2d');
    if (context) context.font = LABEL_FONT;
    width = Math.ceil((context ? context.measureText(name).width : name.length * 7) + LABEL_PADDING);
    widths.set(name, width);
  }
  return width;
}
