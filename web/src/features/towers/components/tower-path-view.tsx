import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { TowerPathHop } from '@server/http/routes/towers/schema.js';
import { StatusBadge } from '../../../components/ui/status-badge';
import { cn } from '../../../lib/cn';
import { groupPathByTower, pathBreak } from '../tower-path';

/**
 * The tower's way to the core, tower by tower: each box a tower, each line a device of the
 * chain in it. The device that cuts the path is ringed in red.
 */
export function TowerPathView({ hops, towerId }: { hops: TowerPathHop[]; towerId: number }) {
  const { t } = useTranslation();
  if (hops.length === 0) return <p className="text-sm text-slate-500">{t('towerView.path.none')}</p>;
  const cut = pathBreak(hops);
  const segments = groupPathByTower(hops);
  return (
    <ol className="flex flex-col gap-2 lg:flex-row lg:flex-wrap lg:items-stretch" data-testid="tower-path">
      {segments.map((segment, i) => (
        <Fragment key={`${segment.towerId}-${i}`}>
          {i > 0 ? (
            <li aria-hidden="true" className="self-center text-slate-400">
              <span className="lg:hidden">↓</span>
              <span className="hidden lg:inline">→</span>
            </li>
          ) : null}
          <li className={cn('rounded-lg border bg-white px-3 py-2', segment.towerId === towerId ? 'border-sky-300' : 'border-slate-200')} data-testid="tower-path-segment">
            <div className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-500">
              {segment.towerId === null ? (
                t('towerView.path.noTower')
              ) : segment.towerId === towerId ? (
                segment.towerName
              ) : (
                <Link to={`/towers/${segment.towerId}`} className="text-sky-700 hover:underline">
                  {segment.towerName}
                </Link>
              )}
              {i === segments.length - 1 ? <span className="ml-1 normal-case text-slate-400">({t('towerView.path.core')})</span> : null}
            </div>
            <ul className="space-y-1">
              {segment.hops.map((hop) => (
                <li
                  key={hop.deviceId}
                  className={cn('flex items-center gap-2 rounded px-1 text-sm', cut?.hop.deviceId === hop.deviceId && 'ring-2 ring-red-500')}
                  data-testid={`tower-path-hop-${hop.deviceId}`}
                  data-status={hop.status}
                >
                  <StatusBadge status={hop.status} testId="tower-path-status" />
                  <Link to={`/equipment/${hop.deviceId}`} className="font-medium text-sky-700 hover:underline">
                    {hop.name}
                  </Link>
                  <span className="text-xs text-slate-500">{t(`devices.types.${hop.type}`)}</span>
                </li>
              ))}
            </ul>
          </li>
        </Fragment>
      ))}
    </ol>
  );
}
