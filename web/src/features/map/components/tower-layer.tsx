import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import L from 'leaflet';
import type { Tower } from '@server/http/routes/towers/schema.js';
import { TOWER_STATUSES } from '../../towers/tower-status';
import { placeLabels, type Box, type LabelCandidate } from '../label-layout';
import { LABEL_HEIGHT, LABEL_OFFSET, labelWidth, towerIcon } from './tower-icon';

interface TowerLayerProps {
  towers: Tower[];
  focusTowerId?: number;
  onSelect: (towerId: number) => void;
}

const RANK = new Map(TOWER_STATUSES.map((status, index) => [status, index]));
const DOT: Box = { x: -11, y: -11, width: 22, height: 22 };

/**
 * The tower dots, managed by hand rather than as one React component each: a refetch of 500
 * towers only swaps the icons whose status changed. Names are laid out again after every
 * zoom or pan, worst status first, and hidden where they would cover another name or a dot.
 */
export function TowerLayer({ towers, focusTowerId, onSelect }: TowerLayerProps) {
  const map = useMap();
  const state = useRef<{ group: L.LayerGroup; markers: Map<number, { marker: L.Marker; tower: Tower }>; shown: Shown } | null>(null);
  const select = useRef(onSelect);
  useEffect(() => {
    select.current = onSelect;
  }, [onSelect]);

  useEffect(() => {
    const group = L.layerGroup().addTo(map);
    state.current = { group, markers: new Map(), shown: new Map() };
    const layout = () => layoutLabels(map, state.current!);
    map.on('zoomend moveend resize', layout);
    return () => {
      map.off('zoomend moveend resize', layout);
      group.remove();
      state.current = null;
    };
  }, [map]);

  useEffect(() => {
    const s = state.current;
    if (!s) return;
    const seen = new Set<number>();
    for (const tower of towers) {
      seen.add(tower.id);
      const icon = towerIcon(tower, tower.id === focusTowerId);
      const entry = s.markers.get(tower.id);
      if (!entry) {
        const marker = L.marker([tower.latitude, tower.longitude], { icon, title: tower.name, alt: tower.name, riseOnHover: true });
        marker.on('click', () => select.current(tower.id));
        s.markers.set(tower.id, { marker, tower });
        s.group.addLayer(marker);
        continue;
      }
      if (entry.marker.options.icon !== icon) entry.marker.setIcon(icon);
      if (entry.tower.latitude !== tower.latitude || entry.tower.longitude !== tower.longitude) entry.marker.setLatLng([tower.latitude, tower.longitude]);
      entry.tower = tower;
    }
    for (const [id, entry] of s.markers) {
      if (seen.has(id)) continue;
      s.group.removeLayer(entry.marker);
      s.markers.delete(id);
    }
    // A new icon is a new element: every label's visibility is set again.
    s.shown = new Map();
    layoutLabels(map, s, true);
  }, [map, towers, focusTowerId]);

  return null;
}

/** The legend's box over the map, in the map's pixels: no name is drawn under it. */
function legendBox(map: L.Map): Box | null {
  const container = map.getContainer();
  const legend = container.parentElement?.querySelector('[data-testid="map-legend"]');
  if (!legend) return null;
  const a = container.getBoundingClientRect();
  const b = legend.getBoundingClientRect();
  return { x: b.left - a.left, y: b.top - a.top, width: b.width, height: b.height };
}

type Shown = Map<number, 'box' | 'alternative'>;

function layoutLabels(map: L.Map, s: { markers: Map<number, { marker: L.Marker; tower: Tower }>; shown: Shown }, force = false): void {
  const size = map.getSize();
  const candidates: LabelCandidate[] = [];
  const obstacles: (Box & { id?: number })[] = [];
  const legend = legendBox(map);
  if (legend) obstacles.push(legend);
  for (const [id, { tower }] of s.markers) {
    const p = map.latLngToContainerPoint([tower.latitude, tower.longitude]);
    // Only what is on screen (and a margin) competes for room.
    if (p.x < -200 || p.y < -50 || p.x > size.x + 50 || p.y > size.y + 50) continue;
    obstacles.push({ id, x: p.x + DOT.x, y: p.y + DOT.y, width: DOT.width, height: DOT.height });
    const width = labelWidth(tower.name);
    candidates.push({
      id,
      box: { x: p.x + LABEL_OFFSET.x, y: p.y + LABEL_OFFSET.y, width, height: LABEL_HEIGHT },
      alternative: { x: p.x - LABEL_OFFSET.x - width, y: p.y + LABEL_OFFSET.y, width, height: LABEL_HEIGHT },
      priority: (RANK.get(tower.status) ?? 9) * 1e6 - tower.customersDown,
    });
  }
  // Names stay inside the map: one at its right edge goes to the left of its dot.
  const shown = placeLabels(candidates, obstacles, { x: 0, y: 0, width: size.x, height: size.y });
  for (const [id, { marker }] of s.markers) {
    const spot = shown.get(id);
    if (!force && spot === s.shown.get(id)) continue;
    const element = marker.getElement();
    element?.classList.toggle('tower-label-hidden', spot === undefined);
    element?.classList.toggle('tower-label-left', spot === 'alternative');
  }
  s.shown = shown;
}
