import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../components/ui/alert';
import { PageHeader } from '../../components/ui/page-header';
import { useWorstDevices } from '../../features/devices/api/get-worst-devices';
import { DeviceRanking } from '../../features/devices/components/device-ranking';
import { useSummary } from '../../features/monitoring/api/get-summary';
import { SummaryCards } from '../../features/monitoring/components/summary-cards';
import { useTowers } from '../../features/towers/api/get-towers';
import { TowerStatusStrip } from '../../features/towers/components/tower-status-strip';
import { useIncidents } from '../../features/incidents/api/get-incidents';
import { useChanges } from '../../features/incidents/api/get-changes';
import { NowList } from '../../features/incidents/components/now-list';
import { RecentChanges } from '../../features/incidents/components/recent-changes';
import { useSyntheticTargets } from '../../features/synthetic/api/get-synthetic-targets';
import { UpstreamBanner } from '../../features/synthetic/components/upstream-banner';
import { useAnomalies } from '../../features/anomalies/api/get-anomalies';
import { AnomaliesList } from '../../features/anomalies/components/anomalies-list';
import { useErrorMessage } from '../../lib/use-error-message';
import { canWrite } from '../../lib/permissions';
import { useCurrentUser } from '../session-context';

const equipmentHref = (status: string) => (status ? `/equipment?status=${status}` : '/equipment');
const HOUR_MS = 3_600_000;
/** The last 7 days, from the start of the hour: a stable query key within the hour. */
const anomalyWindowStart = () => new Date((Math.floor(Date.now() / HOUR_MS) - 7 * 24) * HOUR_MS).toISOString();

/** Changes fetched to group: enough for a few outages of a dozen dependents each. */
export const CHANGES_FETCHED = 300;
const CHANGE_GROUPS_SHOWN = 20;

/**
 * Incident first: the internet verdict, towers by status and what is down now, then the
 * changes grouped under their roots; the summary, anomalies and rankings below. Everything
 * here refetches when the live stream reports a round or a status change.
 */
export function DashboardRoute() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const user = useCurrentUser();
  const summary = useSummary();
  const incidents = useIncidents();
  const changes = useChanges(CHANGES_FETCHED);
  const synthetic = useSyntheticTargets();
  const towers = useTowers();
  const error = incidents.error ?? summary.error ?? changes.error;
  // What is broken now is asked for first; the anomalies and rankings below wait for it.
  const firstShown = !incidents.isPending && !changes.isPending;

  return (
    <div className="space-y-6">
      <PageHeader
        title={t('dashboard.title')}
        actions={
          <Link to="/towers" className="text-sm text-sky-700 hover:underline" data-testid="stat-towers">
            {t('dashboard.towers')}: {towers.data?.total ?? '—'}
          </Link>
        }
      />
      {error ? <Alert tone="error">{errorMessage(error)}</Alert> : null}
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="min-w-0 [&>div]:mb-0">{synthetic.data ? <UpstreamBanner upstream={synthetic.data.upstream} /> : null}</div>
        <section className="min-w-0 space-y-2 rounded-lg border border-slate-200 bg-white px-4 py-3" aria-label={t('incidents.towers.title')}>
          <h2 className="text-sm font-semibold text-slate-900">{t('incidents.towers.title')}</h2>
          <TowerStatusStrip towers={towers.data?.items ?? []} loading={towers.isPending} />
        </section>
      </div>
      <NowList incidents={incidents.data?.items ?? []} loading={incidents.isPending} canAcknowledge={canWrite(user.role)} />
      <RecentChanges changes={changes.data?.items ?? []} loading={changes.isPending} limit={CHANGE_GROUPS_SHOWN} testId="recent-events" />
      <SummaryCards summary={summary.data} hrefFor={equipmentHref} />
      {firstShown ? <AnomaliesAndRankings /> : null}
    </div>
  );
}

/** Below the fold: the week's anomalies and the worst RTT and loss, fetched once the incidents are on screen. */
function AnomaliesAndRankings() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const slowest = useWorstDevices({ by: 'rtt', limit: 10 });
  const lossiest = useWorstDevices({ by: 'loss', limit: 10 });
  const [anomalyFrom] = useState(anomalyWindowStart);
  const anomalies = useAnomalies({ from: anomalyFrom, limit: 20 });
  const error = slowest.error ?? lossiest.error;
  return (
    <>
      {error ? <Alert tone="error">{errorMessage(error)}</Alert> : null}
      <section className="space-y-2">
        <h2 className="text-base font-semibold text-slate-900">{t('anomalies.title')}</h2>
        <AnomaliesList anomalies={anomalies.data?.items ?? []} loading={anomalies.isPending} testId="dashboard-anomalies" />
      </section>
      <div className="grid gap-6 xl:grid-cols-2">
        <DeviceRanking title={t('monitoring.worstLatency')} devices={slowest.data?.items ?? []} metric="rtt" loading={slowest.isPending} testId="worst-latency" />
        <DeviceRanking title={t('monitoring.worstLoss')} devices={lossiest.data?.items ?? []} metric="loss" loading={lossiest.isPending} testId="worst-loss" />
      </div>
    </>
  );
}
