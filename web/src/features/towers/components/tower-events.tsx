import { useTranslation } from 'react-i18next';
import type { TowerEvent } from '@server/http/routes/towers/schema.js';
import { formatDateTime, formatRelative } from '../../../lib/format';
import { TowerStatusBadge } from './tower-status-badge';

/** The tower's status changes, newest first, as a vertical timeline. */
export function TowerEvents({ events }: { events: TowerEvent[] }) {
  const { t, i18n } = useTranslation();
  if (events.length === 0) return <p className="text-sm text-slate-500">{t('towerView.events.none')}</p>;
  return (
    <ol className="relative ml-1 border-l border-slate-200" data-testid="tower-events">
      {events.map((e) => (
        <li key={e.id} className="mb-3 ml-4 text-sm" data-testid="tower-event" data-to={e.to}>
          <span aria-hidden="true" className="absolute -left-1.5 mt-1.5 size-3 rounded-full border-2 border-white bg-slate-300" />
          <div className="flex flex-wrap items-center gap-1.5">
            <TowerStatusBadge status={e.from} testId="tower-event-from" />
            <span className="text-slate-400">→</span>
            <TowerStatusBadge status={e.to} testId="tower-event-to" />
            <time dateTime={e.at} className="text-xs text-slate-500" title={formatDateTime(e.at, i18n.language)}>
              {formatDateTime(e.at, i18n.language)} · {formatRelative(e.at, i18n.language)}
            </time>
          </div>
          {e.reason ? <p className="mt-0.5 text-slate-700">{e.reason}</p> : null}
        </li>
      ))}
    </ol>
  );
}
