import { useEffect, useRef } from 'react';
import { useMap, useMapEvents } from 'react-leaflet';
import L from 'leaflet';
import type { Tower } from '@server/http/routes/towers/schema.js';

/** Frames the towers once, when they first arrive; later additions do not yank the view. */
export function FitTowers({ towers }: { towers: Tower[] }) {
  const map = useMap();
  const done = useRef(false);
  useEffect(() => {
    if (done.current || towers.length === 0) return;
    done.current = true;
    const bounds = L.latLngBounds(towers.map((t) => [t.latitude, t.longitude] as L.LatLngTuple));
    map.fitBounds(bounds, { padding: [40, 40], maxZoom: 14 });
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
