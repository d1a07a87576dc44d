import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Change } from '@server/http/routes/incidents/schema.js';
import { StatusBadge } from '../../../components/ui/status-badge';
import { formatDateTime, formatRelative } from '../../../lib/format';
import { dependentCounts, groupChanges } from '../group-changes';
import { StatusReason } from '../../../components/ui/status-reason';

function ChangeLine({ change, role }: { change: Change; role: 'head' | 'dependent' }) {
  const { i18n } = useTranslation();
  return (
    <div className="flex min-w-0 flex-wrap items-center gap-x-3 gap-y-1" data-testid={`event-row-${change.id}`} data-role={role} data-device={change.deviceName}>
      <span className="whitespace-nowrap text-xs tabular-nums text-slate-500" title={formatRelative(change.at, i18n.language)}>
        {formatDateTime(change.at, i18n.language)}
      </span>
      <Link to={`/equipment/${change.deviceId}`} className="font-medium text-sky-700 hover:underline">
        {change.deviceName}
      </Link>
      <span className="whitespace-nowrap">
        <StatusBadge status={change.from} testId="event-from" /> <span aria-hidden="true">→</span> <StatusBadge status={change.to} testId="event-to" />
      </span>
      <span className="min-w-0 break-words text-xs text-slate-600">
        <StatusReason reason={change.reason} device={change.upstream} />
      </span>
    </div>
  );
}

/** Recent status changes with dependents folded under their root ("PTP down → 15 unreachable"). */
export function RecentChanges({ changes, loading, limit, testId }: { changes: readonly Change[]; loading: boolean; limit: number; testId: string }) {
  const { t } = useTranslation();
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const groups = groupChanges(changes).slice(0, limit);
  const toggle = (id: number) =>
    setExpanded((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  return (
    <section className="space-y-2" data-testid={testId}>
      <h2 className="text-base font-semibold text-slate-900">{t('incidents.changes.title')}</h2>
      <ul className="divide-y divide-slate-100 rounded-lg border border-slate-200 bg-white">
        {groups.length === 0 ? <li className="px-4 py-3 text-sm text-slate-500">{loading ? t('common.loading') : t('incidents.changes.empty')}</li> : null}
        {groups.map(({ head, dependents }) => {
          const isOpen = expanded.has(head.id);
          const out = head.to === 'down' || head.to === 'unreachable';
          return (
            <li key={head.id} className="px-4 py-2" data-testid="change-group" data-dependents={dependents.length}>
              <ChangeLine change={head} role="head" />
              {dependents.length > 0 ? (
                <button
                  type="button"
                  onClick={() => toggle(head.id)}
                  aria-expanded={isOpen}
                  className="mt-1 text-sm font-medium text-sky-700 hover:underline"
                  data-testid="change-dependents-toggle"
                >
                  <span aria-hidden="true">{isOpen ? '▾' : '→'}</span>{' '}
                  {out
                    ? dependentCounts(dependents)
                        .map((c) => (c.status === 'unreachable' ? t('incidents.changes.outDependents', { count: c.count }) : `${c.count} ${t(`status.${c.status}`).toLowerCase()}`))
                        .join(', ')
                    : t('incidents.changes.backDependents', { count: dependents.length })}
                </button>
              ) : null}
              {isOpen ? (
                <ul className="mt-1 space-y-1 border-l-2 border-slate-200 pl-3" data-testid="change-dependents">
                  {dependents.map((d) => (
                    <li key={d.id}>
                      <ChangeLine change={d} role="dependent" />
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
