import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { Alert } from '../../components/ui/alert';
import { buttonClass } from '../../components/ui/button';
import { PageHeader } from '../../components/ui/page-header';
import { Loading } from '../../components/ui/spinner';
import { useDevices } from '../../features/devices/api/get-devices';
import { useTower } from '../../features/towers/api/get-tower';
import { TowerForm } from '../../features/towers/components/tower-form';
import { canWrite } from '../../lib/permissions';
import { useErrorMessage } from '../../lib/use-error-message';
import { useCurrentUser } from '../session-context';

export function TowerEditRoute() {
  const { t } = useTranslation();
  const { id } = useParams();
  const towerId = Number(id);
  const user = useCurrentUser();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const tower = useTower(towerId);
  // The uplink must be one of this tower's own devices.
  const devices = useDevices({ towerId, limit: 1000, sort: 'name' });
  const uplinkOptions = (devices.data?.items ?? []).map((d) => ({ id: d.id, label: `${d.name} (${d.host})` }));

  if (tower.isPending) return <Loading />;
  if (tower.error) return <Alert tone="error">{errorMessage(tower.error)}</Alert>;

  return (
    <div className="max-w-2xl space-y-4">
      <PageHeader
        title={`${t('towers.editTitle')}: ${tower.data.name}`}
        actions={
          <>
            <Link to={`/map?tower=${tower.data.id}`} className={buttonClass('secondary')}>
              {t('towers.viewOnMap')}
            </Link>
            <Link to={`/equipment?tower=${tower.data.id}`} className={buttonClass('secondary')}>
              {t('nav.equipment')} ({tower.data.deviceCount})
            </Link>
          </>
        }
      />
      {canWrite(user.role) ? (
        <TowerForm
          key={tower.data.id}
          tower={tower.data}
          uplinkOptions={uplinkOptions}
          onSaved={() => void navigate(`/towers/${towerId}`)}
          onCancel={() => void navigate(`/towers/${towerId}`)}
        />
      ) : (
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
          <dt className="font-medium">{t('towers.code')}</dt>
          <dd>{tower.data.code}</dd>
          <dt className="font-medium">{t('towers.coordinates')}</dt>
          <dd>
            {tower.data.latitude}, {tower.data.longitude}
          </dd>
          <dt className="font-medium">{t('towers.address')}</dt>
          <dd>{tower.data.address}</dd>
          <dt className="font-medium">{t('towers.notes')}</dt>
          <dd className="whitespace-pre-wrap">{tower.data.notes}</dd>
        </dl>
      )}
    </div>
  );
}
