import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Tower } from '@server/http/routes/towers/schema.js';
import { TowerReason } from '../../towers/components/tower-reason';
import { TowerStatusBadge } from '../../towers/components/tower-status-badge';

/** What a click on a tower says: its status and why, who is without service, and the way to its page. */
export function TowerPopupContent({ tower }: { tower: Tower }) {
  const { t } = useTranslation();
  return (
    <div className="min-w-52 space-y-1.5" data-testid={`tower-popup-${tower.id}`} data-status={tower.status}>
      <p className="flex items-center justify-between gap-2 text-sm font-semibold text-slate-900">
        <span>{tower.name}</span>
        {tower.code ? <span className="font-mono text-xs font-normal text-slate-500">{tower.code}</span> : null}
      </p>
      <TowerStatusBadge status={tower.status} since={tower.statusSince} testId="tower-popup-status" />
      {tower.reason ? (
        <p className="text-xs text-slate-700" data-testid="tower-popup-reason">
          <TowerReason tower={tower} />
        </p>
      ) : null}
      <p className="text-xs text-slate-700" data-testid="tower-popup-customers">
        {tower.customers > 0 ? t('map.customersDown', { down: tower.customersDown, total: tower.customers }) : t('map.noCustomers')}
      </p>
      {tower.infraDown > 0 ? <p className="text-xs text-red-700">{t('map.infraDown', { count: tower.infraDown })}</p> : null}
      <p className="text-xs text-slate-500">{t('map.devices', { count: tower.deviceCount })}</p>
      {tower.maintenance > 0 ? <p className="text-xs text-blue-700">{t('map.maintenance', { count: tower.maintenance })}</p> : null}
      <Link to={`/towers/${tower.id}`} className="inline-block text-sm font-medium" data-testid="tower-popup-open">
        {t('map.openTower')}
      </Link>
    </div>
  );
}
