import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyntheticTarget } from '@server/http/routes/synthetic/schema.js';
import { Button } from '../../../components/ui/button';
import { StatusBadge } from '../../../components/ui/status-badge';
import { Td, Tr } from '../../../components/ui/table';
import { cn } from '../../../lib/cn';
import { formatDateTime, formatMs, formatRelative } from '../../../lib/format';
import { describeCheck } from '../synthetic-options';

export interface RowActions {
  onToggle: (target: SyntheticTarget) => void;
  onEdit: (target: SyntheticTarget) => void;
  onDelete: (target: SyntheticTarget) => void;
  /** The check whose enable/disable is on its way. */
  togglingId: number | null;
}

interface SyntheticRowProps {
  target: SyntheticTarget;
  selected: boolean;
  onSelect: (id: number) => void;
  /** Null for viewers. */
  actions: RowActions | null;
  /** For "since": the time of the last refetch or the last tick of the clock. */
  now: number;
}

/** A button in a selectable row: its click is its own. */
const own = (fn: () => void) => (event: MouseEvent) => {
  event.stopPropagation();
  fn();
};

export function SyntheticRow({ target: s, selected, onSelect, actions, now }: SyntheticRowProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const yesNo = (value: boolean) => (value ? t('common.yes') : t('common.no'));
  return (
    <Tr
      className={cn('cursor-pointer', selected && 'bg-sky-50 hover:bg-sky-50', !s.enabled && 'text-slate-500')}
      onClick={() => onSelect(s.id)}
      aria-selected={selected}
      data-testid={`synthetic-row-${s.id}`}
      data-name={s.name}
      data-status={s.status}
      data-enabled={s.enabled ? 'true' : 'false'}
    >
      <Td className="min-w-32" data-testid="synthetic-name-cell">
        {/* The keyboard's way to the chart; a click anywhere on the row does the same. */}
        <button
          type="button"
          className={cn('text-left font-medium hover:underline', selected ? 'text-sky-900' : 'text-sky-700')}
          title={t('synthetic.chart')}
          aria-pressed={selected}
          onClick={own(() => onSelect(s.id))}
          data-testid="synthetic-chart-open"
        >
          {s.name}
        </button>
      </Td>
      <Td className="whitespace-nowrap" data-testid="synthetic-kind-cell">
        {t(`synthetic.kindsShort.${s.kind}`)}
      </Td>
      <Td className="min-w-40 max-w-72 font-mono text-xs [overflow-wrap:anywhere]" data-testid="synthetic-target">
        {describeCheck(s.check)}
      </Td>
      <Td className={cn('min-w-32', !s.enabled && 'opacity-60')}>
        <StatusBadge status={s.status} since={s.statusSince} testId="synthetic-status" />
        {s.statusSince ? (
          <div className="mt-1 whitespace-nowrap text-xs text-slate-500" title={formatDateTime(s.statusSince, locale)} data-testid="synthetic-since">
            {/* Never "in 3 seconds": the server's clock may run a little ahead of the browser's. */}
            {formatRelative(s.statusSince, locale, Math.max(now, Date.parse(s.statusSince)))}
          </div>
        ) : null}
        {s.status === 'down' && s.reason ? (
          <div className="mt-0.5 text-xs text-red-700" data-testid="synthetic-reason">
            {s.reason}
          </div>
        ) : null}
      </Td>
      <Td
        className="whitespace-nowrap tabular-nums"
        title={s.lastCheckAt ? t('synthetic.lastCheck', { time: formatDateTime(s.lastCheckAt, locale) }) : t('synthetic.notChecked')}
        data-testid="synthetic-latency"
      >
        {formatMs(s.latencyMs, locale)}
      </Td>
      <Td data-testid="synthetic-external-cell">{yesNo(s.external)}</Td>
      <Td data-testid="synthetic-enabled-cell">{yesNo(s.enabled)}</Td>
      {actions ? (
        <Td className="text-right">
          <div className="flex justify-end gap-1">
            <Button variant="secondary" small className="whitespace-nowrap" disabled={actions.togglingId === s.id} onClick={own(() => actions.onToggle(s))} data-testid="synthetic-toggle">
              {s.enabled ? t('synthetic.disable') : t('synthetic.enable')}
            </Button>
            <Button variant="secondary" small onClick={own(() => actions.onEdit(s))} data-testid="synthetic-edit">
              {t('common.edit')}
            </Button>
            <Button variant="danger" small onClick={own(() => actions.onDelete(s))} data-testid="synthetic-delete">
              {t('common.delete')}
            </Button>
          </div>
        </Td>
      ) : null}
    </Tr>
  );
}
