import { useTranslation } from 'react-i18next';
import { cn } from '../../lib/cn';
import { TIME_RANGES, type TimeRange } from '../../lib/time-ranges';

/** The 1 h / 24 h / 7 d / 30 d buttons every history chart shares. */
export function RangePicker({ value, onChange }: { value: TimeRange; onChange: (range: TimeRange) => void }) {
  const { t } = useTranslation();
  return (
    <div role="group" aria-label={t('deviceDetail.range')} className="inline-flex overflow-hidden rounded-md border border-slate-300">
      {TIME_RANGES.map((r, i) => (
        <button
          key={r}
          type="button"
          aria-pressed={r === value}
          data-testid={`range-${r}`}
          onClick={() => onChange(r)}
          className={cn('px-3 py-1 text-sm', r === value ? 'bg-sky-700 text-white' : 'bg-white text-slate-700 hover:bg-slate-100', i > 0 && 'border-l border-slate-300')}
        >
          {t(`deviceDetail.ranges.${r}`)}
        </button>
      ))}
    </div>
  );
}
