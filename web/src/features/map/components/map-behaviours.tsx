import { useEffect, useRef, type ReactNode, type RefObject } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import L from 'leaflet';
import type { Tower } from '@server/http/routes/towers/schema.js';

/** Maps this wide show the legend unfolded, over their top right corner. */
export const LEGEND_OPEN_MIN_WIDTH = 640;

/**
 * Frames the towers once, when they first arrive; later additions do not yank the view. No
 * zoom animation: the layers are drawn once at the final view instead of during a zoom.
 */
export function FitTowers({ towers }: { towers: Tower[] }) {
  const map = useMap();
  const done = useRef(false);
  useEffect(() => {
    if (done.current || towers.length === 0) return;
    done.current = true;
    // The list of unplaced towers may have just narrowed the map: measure before framing.
    map.invalidateSize({ pan: false });
    const bounds = L.latLngBounds(towers.map((t) => [t.latitude, t.longitude] as L.LatLngTuple));
    // Room on the right for the legend where it is unfolded (wide maps).
    const right = map.getSize().x >= LEGEND_OPEN_MIN_WIDTH ? 240 : 40;
    map.fitBounds(bounds, { paddingTopLeft: [40, 40], paddingBottomRight: [right, 40], maxZoom: 14, animate: false });
  }, [map, towers]);
  return null;
}

export function ClickToPlace({ active, onPlace }: { active: boolean; onPlace: (position: { latitude: number; longitude: number }) => void }) {
  useMapEvents({
    click(event) {
      if (active) onPlace({ latitude: event.latlng.lat, longitude: event.latlng.lng });
    },
  });
  return null;
}

/** Focus a tower asked for in the URL (`/map?tower=ID`). */
export function FocusTower({ tower }: { tower: Tower | undefined }) {
  const map = useMap();
  useEffect(() => {
    if (tower) map.setView([tower.latitude, tower.longitude], Math.max(map.getZoom(), 14));
  }, [map, tower]);
  return null;
}

/**
 * Leaflet notices window resizes only; the map's box also changes when the unplaced towers'
 * list appears beside it or the layout reflows, and a stale size misplaces clicks and labels.
 */
export function TrackSize() {
  const map = useMap();
  useEffect(() => {
    const observer = new ResizeObserver(() => map.invalidateSize({ pan: false }));
    observer.observe(map.getContainer());
    return () => observer.disconnect();
  }, [map]);
  return null;
}

/**
 * Popup content that grows after it opened (a chart arriving with its own code and data) would
 * end up past the map's edge, close button included: the popup pans into view again.
 */
export function GrowingPopupContent({ popup, children }: { popup: RefObject<L.Popup | null>; children: ReactNode }) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element) return;
    let height = element.offsetHeight;
    const observer = new ResizeObserver(() => {
      if (element.offsetHeight <= height) return;
      height = element.offsetHeight;
      if (popup.current?.isOpen()) popup.current.update();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [popup]);
  return <div ref={box}>{children}</div>;
}
