import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Alert } from '../../components/ui/alert';
import { PageHeader } from '../../components/ui/page-header';
import { useDevices } from '../../features/devices/api/get-devices';
import { useTowers } from '../../features/towers/api/get-towers';

function Stat({ label, value, to, testId }: { label: string; value: number | undefined; to: string; testId: string }) {
  return (
    <Link to={to} className="block rounded-lg border border-slate-200 bg-white p-4 hover:border-sky-300" data-testid={testId}>
      <p className="text-sm text-slate-500">{label}</p>
      <p className="text-3xl font-semibold text-slate-900">{value ?? '—'}</p>
    </Link>
  );
}

export function DashboardRoute() {
  const { t } = useTranslation();
  const towers = useTowers();
  // limit=1: only the total is wanted.
  const devices = useDevices({ limit: 1 });
  return (
    <div className="space-y-4">
      <PageHeader title={t('dashboard.title')} />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Stat label={t('dashboard.towers')} value={towers.data?.total} to="/towers" testId="stat-towers" />
        <Stat label={t('dashboard.devices')} value={devices.data?.total} to="/equipment" testId="stat-devices" />
      </div>
      <Alert tone="info">{t('placeholder.comingSoon')}</Alert>
    </div>
  );
}
