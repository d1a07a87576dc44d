import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert } from '../../components/ui/alert';
import { buttonClass } from '../../components/ui/button';
import { PageHeader } from '../../components/ui/page-header';
import { Loading } from '../../components/ui/spinner';
import { useAlerts } from '../../features/alerts/api/get-alerts';
import { usePhone } from '../../components/layouts/use-phone';
import { groupByCause } from '../../features/alerts/alert-list';
import { AlertsTable } from '../../features/alerts/components/alerts-table';
import { AlertCards } from '../../features/alerts/components/alert-cards';
import { useDevices } from '../../features/devices/api/get-devices';
import { useLinks } from '../../features/towers/api/get-links';
import { useTower } from '../../features/towers/api/get-tower';
import { useTowerEvents } from '../../features/towers/api/get-tower-events';
import { useTowerPath } from '../../features/towers/api/get-tower-path';
import { DeviceTreeView } from '../../features/towers/components/device-tree-view';
import { TowerAvailability } from '../../features/towers/components/tower-availability';
import { TowerEvents } from '../../features/towers/components/tower-events';
import { TowerLinksTable } from '../../features/towers/components/tower-links-table';
import { TowerPathView } from '../../features/towers/components/tower-path-view';
import { TowerSummary } from '../../features/towers/components/tower-summary';
import { canWrite } from '../../lib/permissions';
import { useErrorMessage } from '../../lib/use-error-message';
import { useCurrentUser } from '../session-context';

function Section({ title, hint, children, testId }: { title: string; hint?: string; children: ReactNode; testId: string }) {
  return (
    <section className="space-y-2" data-testid={testId}>
      <div>
        <h2 className="text-base font-semibold text-slate-900">{title}</h2>
        {hint ? <p className="text-xs text-slate-500">{hint}</p> : null}
      </div>
      {children}
    </section>
  );
}

/** The tower page: what is broken, since when, how many customers, where to look first. */
export function TowerDetailRoute() {
  const { t } = useTranslation();
  const towerId = Number(useParams().id);
  const user = useCurrentUser();
  const errorMessage = useErrorMessage();
  const tower = useTower(towerId);
  const path = useTowerPath(towerId);
  const devices = useDevices({ towerId, limit: 1000, sort: 'name' });
  const links = useLinks({ towerId });
  const events = useTowerEvents(towerId);
  const alerts = useAlerts({ state: 'open', towerId });
  const phone = usePhone();

  if (tower.isPending) return <Loading />;
  if (tower.error) return <Alert tone="error">{errorMessage(tower.error)}</Alert>;

  const deviceItems = devices.data?.items ?? [];
  const onTower = new Set(deviceItems.map((d) => d.id));
  const towerAlerts = (alerts.data?.items ?? []).filter((a) => a.towerId === towerId || (a.deviceId !== null && onTower.has(a.deviceId)));
  const hops = path.data?.items ?? [];

  return (
    <div className="space-y-6">
      <PageHeader
        title={
          <span data-testid="tower-page-title">
            {tower.data.name}
            {tower.data.code ? <span className="ml-2 text-base font-normal text-slate-500">{tower.data.code}</span> : null}
          </span>
        }
        actions={
          <>
            {canWrite(user.role) ? (
              <>
                <Link to={`/towers/${towerId}/edit`} className={buttonClass('secondary')} data-testid="tower-edit">
                  {t('towerView.edit')}
                </Link>
                {/* A technician on site silences the tower from its page, on a phone too. */}
                <Link to={`/maintenance?scope=tower&targetId=${towerId}`} className={buttonClass('secondary')} data-testid="tower-maintenance">
                  {t('maintenance.putInMaintenance')}
                </Link>
              </>
            ) : null}
            <Link to={`/equipment?tower=${towerId}`} className={buttonClass('secondary')}>
              {t('towerView.equipment', { count: tower.data.deviceCount })}
            </Link>
            <Link to={`/map?tower=${towerId}`} className={buttonClass('secondary')}>
              {t('towers.viewOnMap')}
            </Link>
          </>
        }
      />
      <TowerSummary tower={tower.data} hops={hops} />
      <Section title={t('towerView.path.title')} hint={t('towerView.path.hint')} testId="tower-path-section">
        {path.error ? <Alert tone="error">{errorMessage(path.error)}</Alert> : path.isPending ? <Loading /> : <TowerPathView hops={hops} towerId={towerId} />}
      </Section>
      <div className="grid gap-6 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <Section title={t('towerView.devices.title')} testId="tower-devices-section">
          {devices.error ? <Alert tone="error">{errorMessage(devices.error)}</Alert> : devices.isPending ? <Loading /> : <DeviceTreeView devices={deviceItems} uplinkId={tower.data.uplinkDeviceId} />}
        </Section>
        <div className="min-w-0 space-y-6">
          <Section title={t('towerView.availability.title')} hint={t('towerView.availability.hint')} testId="tower-availability-section">
            <TowerAvailability towerId={towerId} />
          </Section>
          <Section title={t('towerView.events.title')} testId="tower-events-section">
            {events.error ? <Alert tone="error">{errorMessage(events.error)}</Alert> : <TowerEvents events={events.data?.items ?? []} />}
          </Section>
        </div>
      </div>
      <Section title={t('towerView.alerts.title')} testId="tower-alerts-section">
        {/* On a phone the alerts' own cards; acknowledging is done on the Alerts page. */}
        {phone ? (
          <AlertCards rows={groupByCause(towerAlerts)} empty={t('towerView.alerts.none')} loading={alerts.isPending} onAcknowledge={null} acknowledging={null} />
        ) : (
          <AlertsTable rows={groupByCause(towerAlerts)} empty={t('towerView.alerts.none')} loading={alerts.isPending} onAcknowledge={null} acknowledging={null} />
        )}
      </Section>
      <Section title={t('towerView.links.title')} testId="tower-links-section">
        {links.error ? <Alert tone="error">{errorMessage(links.error)}</Alert> : <TowerLinksTable links={links.data?.items ?? []} towerId={towerId} />}
      </Section>
    </div>
  );
}
