import { useTranslation } from 'react-i18next';
import { cn } from '../../../lib/cn';
import { HISTORY_RANGES, type HistoryRange } from '../alert-options';

export function HistoryRangePicker({ value, onChange }: { value: HistoryRange; onChange: (range: HistoryRange) => void }) {
  const { t } = useTranslation();
  return (
    <div role="group" aria-label={t('alerts.range')} className="inline-flex overflow-hidden rounded-md border border-slate-300">
      {HISTORY_RANGES.map((r, i) => (
        <button
          key={r}
          type="button"
          aria-pressed={r === value}
          data-testid={`alerts-range-${r}`}
          onClick={() => onChange(r)}
          className={cn('px-3 py-1 text-sm', r === value ? 'bg-sky-700 text-white' : 'bg-white text-slate-700 hover:bg-slate-100', i > 0 && 'border-l border-slate-300')}
        >
          {t(`alerts.ranges.${r}`)}
        </button>
      ))}
    </div>
  );
}
