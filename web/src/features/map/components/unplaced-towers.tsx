import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Tower } from '@server/http/routes/towers/schema.js';
import { TowerStatusBadge } from '../../towers/components/tower-status-badge';

/** Towers the map cannot draw (left at 0,0), so none is lost from sight. */
export function UnplacedTowers({ towers }: { towers: Tower[] }) {
  const { t } = useTranslation();
  if (towers.length === 0) return null;
  return (
    <aside className="max-h-48 shrink-0 overflow-auto rounded-lg border border-slate-200 bg-white p-3 lg:max-h-none lg:w-64" data-testid="unplaced-towers" aria-label={t('map.unplacedTitle')}>
      <h2 className="text-sm font-semibold text-slate-900">{t('map.unplacedTitle')}</h2>
      <p className="mb-2 text-xs text-slate-500">{t('map.unplacedHint')}</p>
      <ul className="space-y-1.5">
        {towers.map((tower) => (
          <li key={tower.id} className="flex items-center justify-between gap-2 text-sm" data-testid={`unplaced-tower-${tower.id}`}>
            <Link to={`/towers/${tower.id}`} className="truncate">
              {tower.name}
            </Link>
            <TowerStatusBadge status={tower.status} since={tower.statusSince} testId="unplaced-tower-status" />
          </li>
        ))}
      </ul>
    </aside>
  );
}
