import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Summary } from '@server/http/routes/monitoring/schema.js';
import { STATUS_STYLES } from '../../../components/ui/status-badge';
import { cn } from '../../../lib/cn';
import { STATUSES } from '../../../lib/device-status';

interface SummaryCardsProps {
  summary: Summary | undefined;
  /** Where a card leads, e.g. the equipment list filtered by its status. */
  hrefFor: (status: string) => string;
}

/** One card per status, worst first; each count is a link to the matching devices. */
export function SummaryCards({ summary, hrefFor }: SummaryCardsProps) {
  const { t } = useTranslation();
  return (
    <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
      {STATUSES.map((status) => {
        const count = summary?.[status];
        return (
          <Link
            key={status}
            to={hrefFor(status)}
            data-testid={`summary-${status}`}
            data-count={count}
            className={cn(
              'block rounded-lg border bg-white p-3 hover:border-sky-300',
              count && status !== 'up' && status !== 'unknown' ? 'border-2 border-current/20' : 'border-slate-200',
              count && status === 'down' ? 'text-red-700' : count && status === 'unreachable' ? 'text-violet-700' : count && status === 'degraded' ? 'text-amber-700' : '',
            )}
          >
            <p className="flex items-center gap-1.5 text-sm text-slate-600">
              <span aria-hidden="true" className={cn('size-2.5 rounded-full', STATUS_STYLES[status].dot)} />
              {t(`status.${status}`)}
            </p>
            <p className={cn('text-3xl font-semibold tabular-nums', count ? '' : 'text-slate-400')}>{count ?? '—'}</p>
          </Link>
        );
      })}
      <Link to={hrefFor('')} data-testid="summary-total" className="block rounded-lg border border-slate-200 bg-white p-3 hover:border-sky-300">
        <p className="text-sm text-slate-600">{t('monitoring.total')}</p>
        <p className="text-3xl font-semibold tabular-nums text-slate-900">{summary?.total ?? '—'}</p>
      </Link>
    </div>
  );
}
