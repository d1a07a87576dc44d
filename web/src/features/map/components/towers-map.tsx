import 'leaflet/dist/leaflet.css';
import './map.css';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MapContainer, Popup, TileLayer } from 'react-leaflet';
import type L from 'leaflet';
import type { Link } from '@server/http/routes/links/schema.js';
import type { Tower } from '@server/http/routes/towers/schema.js';
import { cn } from '../../../lib/cn';
import { ClickToPlace, FitTowers, FocusTower, GrowingPopupContent, LEGEND_OPEN_MIN_WIDTH, TrackSize } from './map-behaviours';
import { LinkLayer, type Positions } from './link-layer';
import { LinkPopupContent } from './link-popup';
import { MapLegend } from './map-legend';
import { TowerLayer } from './tower-layer';
import { TowerPopupContent } from './tower-popup';

const BRAZIL_CENTER: [number, number] = [-14.235, -51.9253];
const BRAZIL_ZOOM = 4;
/** A popup opening under the unfolded legend (wide maps) pans clear of it. */
const popupPanPadding = (): L.PointTuple => (window.innerWidth >= LEGEND_OPEN_MIN_WIDTH ? [230, 20] : [5, 5]);

interface TowersMapProps {
  /** Towers with coordinates (see isPlaced). */
  towers: Tower[];
  links: Link[];
  /** null: no background tiles, only the neutral backdrop. */
  tileUrl: string | null;
  placing: boolean;
  onPlace: (position: { latitude: number; longitude: number }) => void;
  focusTowerId?: number;
}

type Selection = { kind: 'tower'; id: number } | { kind: 'link'; id: number; at: L.LatLngTuple };

function attributionFor(url: string): string | undefined {
  return url.includes('openstreetmap') ? '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>' : undefined;
}

export function TowersMap({ towers, links, tileUrl, placing, onPlace, focusTowerId }: TowersMapProps) {
  const { t } = useTranslation();
  const [tilesFailed, setTilesFailed] = useState(false);
  const [selected, setSelected] = useState<Selection | null>(null);
  const linkPopup = useRef<L.Popup>(null);
  const positions: Positions = useMemo(() => new Map(towers.map((tower) => [tower.id, [tower.latitude, tower.longitude] as L.LatLngTuple])), [towers]);
  const selectTower = useCallback((id: number) => setSelected({ kind: 'tower', id }), []);
  const selectLink = useCallback((id: number, at: L.LatLng) => setSelected({ kind: 'link', id, at: [at.lat, at.lng] }), []);
  // The popup follows the data: a refetch updates what it shows while it stays open.
  const tower = selected?.kind === 'tower' ? towers.find((item) => item.id === selected.id) : undefined;
  const link = selected?.kind === 'link' ? links.find((item) => item.id === selected.id) : undefined;
  // A new array each render would make react-leaflet reopen the popup (and fire its close).
  const towerLat = tower?.latitude;
  const towerLng = tower?.longitude;
  const towerAt = useMemo<L.LatLngTuple | null>(() => (towerLat === undefined || towerLng === undefined ? null : [towerLat, towerLng]), [towerLat, towerLng]);
  const drawn = links.filter((item) => positions.has(item.fromTowerId) && positions.has(item.toTowerId));

  return (
    <div
      data-testid="map"
      data-placing={placing ? 'true' : 'false'}
      data-towers={towers.length}
      data-links={drawn.length}
      className={cn('torre-map relative h-full min-h-80 w-full overflow-hidden rounded-lg border border-slate-200', placing && 'torre-map-placing')}
    >
      <MapContainer center={BRAZIL_CENTER} zoom={BRAZIL_ZOOM} className="h-full w-full" worldCopyJump>
        {tileUrl ? (
          <TileLayer url={tileUrl} attribution={attributionFor(tileUrl)} eventHandlers={{ tileerror: () => setTilesFailed(true), tileload: () => setTilesFailed(false) }} />
        ) : null}
        <TrackSize />
        <FitTowers towers={towers} />
        <FocusTower tower={towers.find((item) => item.id === focusTowerId)} />
        <ClickToPlace active={placing} onPlace={onPlace} />
        <LinkLayer links={links} positions={positions} onSelect={selectLink} />
        <TowerLayer towers={towers} focusTowerId={focusTowerId} onSelect={selectTower} />
        {tower && towerAt ? (
          <Popup key={`tower-${tower.id}`} position={towerAt} offset={[0, -8]} autoPanPaddingBottomRight={popupPanPadding()} eventHandlers={{ remove: () => setSelected(null) }}>
            <TowerPopupContent tower={tower} />
          </Popup>
        ) : null}
        {link && selected?.kind === 'link' ? (
          <Popup ref={linkPopup} key={`link-${link.id}`} position={selected.at} maxWidth={340} autoPanPaddingBottomRight={popupPanPadding()} eventHandlers={{ remove: () => setSelected(null) }}>
            <GrowingPopupContent popup={linkPopup}>
              <LinkPopupContent link={link} />
            </GrowingPopupContent>
          </Popup>
        ) : null}
      </MapContainer>
      <MapLegend />
      {!tileUrl || tilesFailed ? (
        <p className="pointer-events-none absolute bottom-2 left-2 z-[500] rounded bg-white/80 px-2 py-1 text-xs text-slate-600">{t('map.noTiles')}</p>
      ) : null}
    </div>
  );
}
