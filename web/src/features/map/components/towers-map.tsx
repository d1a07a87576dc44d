import 'leaflet/dist/leaflet.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MapContainer, Marker, Popup, TileLayer } from 'react-leaflet';
import { Link } from 'react-router';
import type { Tower } from '@server/http/routes/towers/schema.js';
import { cn } from '../../../lib/cn';
import { ClickToPlace, FitTowers, FocusTower } from './map-behaviours';
import { StatusBadge } from '../../../components/ui/status-badge';
import { towerIcon, type TowerStatus } from './tower-icon';

const BRAZIL_CENTER: [number, number] = [-14.235, -51.9253];
const BRAZIL_ZOOM = 4;

interface TowersMapProps {
  towers: Tower[];
  /** null: no background tiles, only the neutral backdrop. */
  tileUrl: string | null;
  placing: boolean;
  onPlace: (position: { latitude: number; longitude: number }) => void;
  focusTowerId?: number;
  /** Worst device status per tower id; a tower missing here is drawn neutral. */
  statusByTower?: ReadonlyMap<number, TowerStatus>;
}

function attributionFor(url: string): string | undefined {
  return url.includes('openstreetmap') ? '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>' : undefined;
}

export function TowersMap({ towers, tileUrl, placing, onPlace, focusTowerId, statusByTower }: TowersMapProps) {
  const { t } = useTranslation();
  const [tilesFailed, setTilesFailed] = useState(false);

  return (
    <div data-testid="map" data-placing={placing ? 'true' : 'false'} className={cn('torre-map relative h-full min-h-80 w-full overflow-hidden rounded-lg border border-slate-200', placing && 'torre-map-placing')}>
      <MapContainer center={BRAZIL_CENTER} zoom={BRAZIL_ZOOM} className="h-full w-full" worldCopyJump>
        {tileUrl ? (
          <TileLayer url={tileUrl} attribution={attributionFor(tileUrl)} eventHandlers={{ tileerror: () => setTilesFailed(true), tileload: () => setTilesFailed(false) }} />
        ) : null}
        <FitTowers towers={towers} />
        <FocusTower tower={towers.find((tower) => tower.id === focusTowerId)} />
        <ClickToPlace active={placing} onPlace={onPlace} />
        {towers.map((tower) => {
          const status = statusByTower?.get(tower.id) ?? 'none';
          return (
            <Marker key={tower.id} position={[tower.latitude, tower.longitude]} icon={towerIcon(tower.id, tower.id === focusTowerId, status, tower.maintenance > 0)} title={tower.name}>
              <Popup>
                <div className="space-y-1" data-testid={`tower-popup-${tower.id}`}>
                  <p className="font-semibold">{tower.name}</p>
                  {status !== 'none' ? <StatusBadge status={status} /> : null}
                  {tower.code ? <p className="font-mono text-xs">{tower.code}</p> : null}
                  <p>{t('map.devices', { count: tower.deviceCount })}</p>
                  {tower.maintenance > 0 ? <p className="text-blue-700">{t('map.maintenance', { count: tower.maintenance })}</p> : null}
                  <Link to={`/towers/${tower.id}`}>{t('map.openTower')}</Link>
                </div>
              </Popup>
            </Marker>
          );
        })}
      </MapContainer>
      {!tileUrl || tilesFailed ? (
        <p className="pointer-events-none absolute bottom-2 left-2 z-[500] rounded bg-white/80 px-2 py-1 text-xs text-slate-600">{t('map.noTiles')}</p>
      ) : null}
    </div>
  );
}
