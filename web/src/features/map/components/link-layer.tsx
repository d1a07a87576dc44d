import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import L from 'leaflet';
import type { Link } from '@server/http/routes/links/schema.js';
import { lineStyle, linkLook, type LinkLook } from '../link-style';

export type Positions = ReadonlyMap<number, L.LatLngTuple>;

interface LinkLayerProps {
  links: Link[];
  /** Where each placed tower is; a link with an end not on the map is not drawn. */
  positions: Positions;
  onSelect: (linkId: number, at: L.LatLng) => void;
}

const same = (a: L.LatLngTuple, b: L.LatLngTuple) => a[0] === b[0] && a[1] === b[1];

interface Line {
  line: L.Polyline;
  look: LinkLook;
  from: L.LatLngTuple;
  to: L.LatLngTuple;
}

/**
 * The links as canvas lines: 1,500 SVG paths make every pan and zoom re-layout the DOM, one
 * canvas redraws in a few milliseconds. A wide hit tolerance keeps thin lines clickable.
 */
export function LinkLayer({ links, positions, onSelect }: LinkLayerProps) {
  const map = useMap();
  const state = useRef<{ group: L.LayerGroup; renderer: L.Canvas; lines: Map<number, Line> } | null>(null);
  const select = useRef(onSelect);
  useEffect(() => {
    select.current = onSelect;
  }, [onSelect]);

  useEffect(() => {
    const renderer = L.canvas({ padding: 0.3, tolerance: 6 });
    const group = L.layerGroup().addTo(map);
    state.current = { group, renderer, lines: new Map() };
    return () => {
      group.remove();
      state.current = null;
    };
  }, [map]);

  useEffect(() => {
    const s = state.current;
    if (!s) return;
    const seen = new Set<number>();
    for (const link of links) {
      const from = positions.get(link.fromTowerId);
      const to = positions.get(link.toTowerId);
      if (!from || !to) continue;
      seen.add(link.id);
      const look = linkLook(link);
      const entry = s.lines.get(link.id);
      if (!entry) {
        const line = L.polyline([from, to], { ...lineStyle(look), renderer: s.renderer, interactive: true, bubblingMouseEvents: false, lineCap: 'round' });
        line.on('click', (event: L.LeafletMouseEvent) => select.current(link.id, event.latlng));
        s.lines.set(link.id, { line, look, from, to });
        s.group.addLayer(line);
        if (look === 'down') line.bringToFront();
        continue;
      }
      if (entry.look !== look) {
        entry.line.setStyle(lineStyle(look));
        // A cut link is drawn over the healthy ones that cross it.
        if (look === 'down') entry.line.bringToFront();
        entry.look = look;
      }
      if (!same(entry.from, from) || !same(entry.to, to)) {
        entry.line.setLatLngs([from, to]);
        entry.from = from;
        entry.to = to;
      }
    }
    for (const [id, entry] of s.lines) {
      if (seen.has(id)) continue;
      s.group.removeLayer(entry.line);
      s.lines.delete(id);
    }
  }, [links, positions]);

  return null;
}
