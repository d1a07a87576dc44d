import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Tower } from '@server/http/routes/towers/schema.js';
import { cn } from '../../../lib/cn';
import { TOWER_STATUS_STYLES } from '../tower-status';
import { countTowersByStatus } from '../tower-status-counts';

/** "1 down · 2 degraded · 40 up": the towers at a glance, each count opening the towers list. */
export function TowerStatusStrip({ towers, loading }: { towers: readonly Pick<Tower, 'status'>[]; loading: boolean }) {
  const { t } = useTranslation();
  const counts = countTowersByStatus(towers);
  return (
    <div className="flex min-w-0 flex-wrap items-center gap-2" data-testid="tower-status-strip">
      {counts.length === 0 ? <span className="text-sm text-slate-500">{loading ? t('common.loading') : t('incidents.towers.none')}</span> : null}
      {counts.map(({ status, count }) => (
        <Link
          key={status}
          to="/towers"
          className={cn('inline-flex items-center gap-1.5 rounded-full px-2.5 py-1 text-sm font-medium ring-1 ring-inset hover:underline', TOWER_STATUS_STYLES[status].badge)}
          data-testid={`tower-count-${status}`}
          data-count={count}
        >
          <span aria-hidden="true" className={cn('size-2 rounded-full', TOWER_STATUS_STYLES[status].dot)} />
          <span className="tabular-nums">{count}</span> {t(`towerView.status.${status}`)}
        </Link>
      ))}
    </div>
  );
}
