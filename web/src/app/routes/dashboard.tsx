import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../components/ui/alert';
import { PageHeader } from '../../components/ui/page-header';
import { useWorstDevices } from '../../features/devices/api/get-worst-devices';
import { DeviceRanking } from '../../features/devices/components/device-ranking';
import { useEvents } from '../../features/monitoring/api/get-events';
import { useSummary } from '../../features/monitoring/api/get-summary';
import { EventsTable } from '../../features/monitoring/components/events-table';
import { SummaryCards } from '../../features/monitoring/components/summary-cards';
import { useTowers } from '../../features/towers/api/get-towers';
import { useAnomalies } from '../../features/anomalies/api/get-anomalies';
import { AnomaliesList } from '../../features/anomalies/components/anomalies-list';
import { useErrorMessage } from '../../lib/use-error-message';

const equipmentHref = (status: string) => (status ? `/equipment?status=${status}` : '/equipment');
const HOUR_MS = 3_600_000;
/** The last 7 days, from the start of the hour: a stable query key within the hour. */
const anomalyWindowStart = () => new Date((Math.floor(Date.now() / HOUR_MS) - 7 * 24) * HOUR_MS).toISOString();

/** Everything here refetches when the live stream reports a round or a status change. */
export function DashboardRoute() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const summary = useSummary();
  const events = useEvents({ limit: 20 });
  const towers = useTowers();
  const slowest = useWorstDevices({ by: 'rtt', limit: 10 });
  const lossiest = useWorstDevices({ by: 'loss', limit: 10 });
  const [anomalyFrom] = useState(anomalyWindowStart);
  const anomalies = useAnomalies({ from: anomalyFrom, limit: 20 });
  const error = summary.error ?? events.error ?? slowest.error ?? lossiest.error;

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
      <SummaryCards summary={summary.data} hrefFor={equipmentHref} />
      <section className="space-y-2">
        <h2 className="text-base font-semibold text-slate-900">{t('monitoring.recentEvents')}</h2>
        <EventsTable events={events.data?.items ?? []} loading={events.isPending} testId="recent-events" />
      </section>
      <section className="space-y-2">
        <h2 className="text-base font-semibold text-slate-900">{t('anomalies.title')}</h2>
        <AnomaliesList anomalies={anomalies.data?.items ?? []} loading={anomalies.isPending} testId="dashboard-anomalies" />
      </section>
      <div className="grid gap-6 xl:grid-cols-2">
        <DeviceRanking title={t('monitoring.worstLatency')} devices={slowest.data?.items ?? []} metric="rtt" loading={slowest.isPending} testId="worst-latency" />
        <DeviceRanking title={t('monitoring.worstLoss')} devices={lossiest.data?.items ?? []} metric="loss" loading={lossiest.isPending} testId="worst-loss" />
      </div>
    </div>
  );
}
