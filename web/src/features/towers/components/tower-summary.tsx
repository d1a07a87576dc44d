import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Tower, TowerPathHop } from '@server/http/routes/towers/schema.js';
import { cn } from '../../../lib/cn';
import { formatDateTime, formatRelative } from '../../../lib/format';
import { useNow } from '../../../lib/use-now';
import { pathBreak } from '../tower-path';
import { CustomersDown } from './customers-cell';
import { TowerReason } from './tower-reason';
import { TowerStatusBadge } from './tower-status-badge';

const FRAME: Record<Tower['status'], string> = {
  down: 'border-red-300 bg-red-50',
  degraded: 'border-amber-300 bg-amber-50',
  maintenance: 'border-blue-300 bg-blue-50',
  unknown: 'border-slate-200 bg-white',
  up: 'border-slate-200 bg-white',
};

/** What to do first: the uplink when it is the one down, else the device before it that cut it off. */
function NextStep({ hops }: { hops: TowerPathHop[] }) {
  const { t } = useTranslation();
  const cut = pathBreak(hops);
  if (!cut) return null;
  const uplink = hops[0]!;
  const text =
    cut.index === 0
      ? t('towerView.action.uplinkDown', { name: uplink.name })
      : t('towerView.action.upstreamDown', { name: uplink.name, cause: cut.hop.name, tower: cut.hop.towerName ?? t('towerView.path.noTower') });
  return (
    <p className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm font-medium text-red-900" data-testid="tower-next-step">
      <span>{text}</span>
      <Link to={`/equipment/${cut.hop.deviceId}`} className="rounded bg-red-700 px-2 py-0.5 text-xs font-semibold text-white hover:bg-red-800" data-testid="tower-next-step-link">
        {t('towerView.action.goTo', { name: cut.hop.name })}
      </Link>
    </p>
  );
}

/** The 3 a.m. box: status and since, why, how many customers, and where to look first. */
export function TowerSummary({ tower, hops }: { tower: Tower; hops: TowerPathHop[] }) {
  const { t, i18n } = useTranslation();
  useNow();
  return (
    <section className={cn('rounded-lg border p-4', FRAME[tower.status])} data-testid="tower-summary" data-status={tower.status}>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <TowerStatusBadge status={tower.status} since={tower.statusSince} className="px-3 py-1 text-sm" testId="tower-page-status" />
        {tower.statusSince ? (
          <time dateTime={tower.statusSince} title={formatDateTime(tower.statusSince, i18n.language)} className="text-sm text-slate-700" data-testid="tower-page-since">
            {t('towerView.statusSince', { relative: formatRelative(tower.statusSince, i18n.language) })}
          </time>
        ) : null}
      </div>
      {tower.reason ? (
        <p className="mt-2 text-base font-medium text-slate-900" data-testid="tower-page-reason">
          <TowerReason tower={tower} />
        </p>
      ) : null}
      <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm">
        <div className="flex gap-1.5">
          <dt className="text-slate-600">{t('towerView.customersDown')}:</dt>
          <dd>
            <CustomersDown tower={tower} />
          </dd>
        </div>
        <div className="flex gap-1.5">
          <dt className="text-slate-600">{t('towerView.infraDown')}:</dt>
          <dd className={tower.infraDown > 0 ? 'font-semibold text-red-700' : 'text-slate-600'} data-testid="tower-page-infra-down">
            {tower.infraDown}
          </dd>
        </div>
        {tower.customersDown > 0 ? (
          <div className="text-red-700" data-testid="tower-page-customers-out">
            {t('towerView.customersOut', { count: tower.customersDown })}
          </div>
        ) : null}
      </dl>
      {tower.status === 'down' || tower.status === 'degraded' ? <NextStep hops={hops} /> : null}
    </section>
  );
}
