import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyntheticTarget } from '@server/http/routes/synthetic/schema.js';
import { Button } from '../../../components/ui/button';
import { StatusBadge } from '../../../components/ui/status-badge';
import { cn } from '../../../lib/cn';
import { formatDateTime, formatMs, formatRelative } from '../../../lib/format';
import { describeCheck } from '../synthetic-options';
import type { RowActions } from './synthetic-row';

interface SyntheticCardProps {
  target: SyntheticTarget;
  selected: boolean;
  onSelect: (id: number) => void;
  actions: RowActions | null;
  now: number;
}

const own = (fn: () => void) => (event: MouseEvent) => {
  event.stopPropagation();
  fn();
};

/** A check on a phone: status and since first, then what it checks; its buttons on one line. */
export function SyntheticCard({ target: s, selected, onSelect, actions, now }: SyntheticCardProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return (
    <li
      className={cn('space-y-1.5 rounded-lg border bg-white p-3 text-sm', selected ? 'border-sky-400 bg-sky-50' : 'border-slate-200', !s.enabled && 'text-slate-500')}
      onClick={() => onSelect(s.id)}
      aria-selected={selected}
      data-testid={`synthetic-row-${s.id}`}
      data-name={s.name}
      data-status={s.status}
      data-enabled={s.enabled ? 'true' : 'false'}
    >
      <div className="flex items-start justify-between gap-2">
        <button
          type="button"
          className={cn('min-w-0 break-words text-left font-medium hover:underline', selected ? 'text-sky-900' : 'text-sky-700')}
          title={t('synthetic.chart')}
          aria-pressed={selected}
          onClick={own(() => onSelect(s.id))}
          data-testid="synthetic-chart-open"
        >
          {s.name}
        </button>
        <div className={cn('shrink-0', !s.enabled && 'opacity-60')}>
          <StatusBadge status={s.status} since={s.statusSince} testId="synthetic-status" />
        </div>
      </div>
      <div className="flex flex-wrap gap-x-3 gap-y-0.5 text-xs text-slate-600">
        <span data-testid="synthetic-kind-cell">{t(`synthetic.kindsShort.${s.kind}`)}</span>
        <span className="font-mono [overflow-wrap:anywhere]" data-testid="synthetic-target">
          {describeCheck(s.check)}
        </span>
        <span className="tabular-nums" data-testid="synthetic-latency">
          {formatMs(s.latencyMs, locale)}
        </span>
        {s.statusSince ? (
          <span title={formatDateTime(s.statusSince, locale)} data-testid="synthetic-since">
            {formatRelative(s.statusSince, locale, Math.max(now, Date.parse(s.statusSince)))}
          </span>
        ) : null}
        {!s.enabled ? <span>{t('synthetic.enabled')}: {t('common.no')}</span> : null}
      </div>
      {s.status === 'down' && s.reason ? (
        <p className="text-xs text-red-700" data-testid="synthetic-reason">
          {s.reason}
        </p>
      ) : null}
      {actions ? (
        <div className="flex flex-wrap gap-1 pt-1">
          <Button variant="secondary" small disabled={actions.togglingId === s.id} onClick={own(() => actions.onToggle(s))} data-testid="synthetic-toggle">
            {s.enabled ? t('synthetic.disable') : t('synthetic.enable')}
          </Button>
          <Button variant="secondary" small onClick={own(() => actions.onEdit(s))} data-testid="synthetic-edit">
            {t('common.edit')}
          </Button>
          <Button variant="danger" small onClick={own(() => actions.onDelete(s))} data-testid="synthetic-delete">
            {t('common.delete')}
          </Button>
        </div>
      ) : null}
    </li>
  );
}
