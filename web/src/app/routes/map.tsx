import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { useConfig } from '../../features/config/api/get-config';
import { TowersMap } from '../../features/map/components/towers-map';
import { UnplacedTowers } from '../../features/map/components/unplaced-towers';
import { isPlaced } from '../../features/map/placement';
import { useLinks } from '../../features/towers/api/get-links';
import { useTowers } from '../../features/towers/api/get-towers';
import { TowerForm } from '../../features/towers/components/tower-form';
import { canWrite } from '../../lib/permissions';
import { useErrorMessage } from '../../lib/use-error-message';
import { useCurrentUser } from '../session-context';

type Position = { latitude: number; longitude: number };

export function MapRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const errorMessage = useErrorMessage();
  const config = useConfig();
  // Both follow the live stream: tower status events, device status and SNMP cycles refetch them.
  const towers = useTowers();
  const links = useLinks();
  const placed = useMemo(() => (towers.data?.items ?? []).filter(isPlaced), [towers.data]);
  const unplaced = useMemo(() => (towers.data?.items ?? []).filter((tower) => !isPlaced(tower)), [towers.data]);
  const [search] = useSearchParams();
  const [placing, setPlacing] = useState(false);
  const [position, setPosition] = useState<Position | null>(null);
  const focusTowerId = Number(search.get('tower')) || undefined;

  return (
    // dvh: on a phone the browser's own bars come and go; the map fits what is left.
    <div className="flex h-[calc(100dvh-7rem)] min-h-[420px] flex-col gap-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h1 className="text-xl font-semibold">{t('map.title')}</h1>
        {canWrite(user.role) ? (
          <Button variant={placing ? 'primary' : 'secondary'} aria-pressed={placing} onClick={() => setPlacing((v) => !v)} data-testid="place-tower">
            {placing ? t('map.placing') : t('map.placeTower')}
          </Button>
        ) : null}
      </div>
      {towers.error ? <Alert tone="error">{errorMessage(towers.error)}</Alert> : null}
      {links.error ? <Alert tone="error">{errorMessage(links.error)}</Alert> : null}
      <div className="flex min-h-0 flex-1 flex-col gap-3 lg:flex-row">
        <div className="min-h-0 flex-1">
          {/* Wait for the config so the tile layer is decided once; the map still renders if config fails. */}
          {config.isPending ? null : (
            <TowersMap
              towers={placed}
              links={links.data?.items ?? []}
              tileUrl={config.data?.mapTileUrl ?? null}
              placing={placing}
              onPlace={setPosition}
              focusTowerId={focusTowerId}
            />
          )}
        </div>
        <UnplacedTowers towers={unplaced} />
      </div>
      <Dialog open={position !== null} title={t('towers.new')} onClose={() => setPosition(null)} testId="place-tower-dialog">
        {position ? (
          <TowerForm
            initialPosition={position}
            onCancel={() => setPosition(null)}
            onSaved={() => {
              setPosition(null);
              setPlacing(false);
            }}
          />
        ) : null}
      </Dialog>
    </div>
  );
}
