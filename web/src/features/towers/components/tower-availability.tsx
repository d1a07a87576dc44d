import { useTranslation } from 'react-i18next';
import { formatDuration } from '../../../lib/format-units';
import { cn } from '../../../lib/cn';
import { formatPercent } from '../../../lib/format';
import { useTowerAvailability } from '../api/get-tower-availability';

export const AVAILABILITY_RANGES = [
  { key: '24h', hours: 24 },
  { key: '7d', hours: 24 * 7 },
  { key: '30d', hours: 24 * 30 },
] as const;

const tone = (value: number | null) => (value === null ? 'text-slate-400' : value >= 99.9 ? 'text-emerald-700' : value >= 99 ? 'text-amber-700' : 'text-red-700');

/** Rounded down: 99.96 % is not 100 % while the tower is down now. */
function AvailabilityCard({ towerId, range }: { towerId: number; range: (typeof AVAILABILITY_RANGES)[number] }) {
  const { t, i18n } = useTranslation();
  const availability = useTowerAvailability(towerId, range.hours);
  const data = availability.data;
  return (
    <div className="rounded-lg border border-slate-200 bg-white p-3" data-testid={`tower-availability-${range.key}`}>
      <div className="text-xs font-medium text-slate-500">{t(`towerView.availability.ranges.${range.key}`)}</div>
      <div className={cn('text-2xl font-semibold tabular-nums', tone(data?.upPercent ?? null))}>
        {data ? (data.upPercent === null ? t('towerView.availability.noData') : formatPercent(Math.floor(data.upPercent * 10) / 10, i18n.language)) : '…'}
      </div>
      {data && data.downSeconds > 0 ? <div className="text-xs text-red-700">{t('towerView.availability.down', { duration: formatDuration(data.downSeconds) })}</div> : null}
    </div>
  );
}

/** Percent of time up over 24 h, 7 days and 30 days, from the stored tower events. */
export function TowerAvailability({ towerId }: { towerId: number }) {
  return (
    <div className="grid grid-cols-3 gap-2">
      {AVAILABILITY_RANGES.map((range) => (
        <AvailabilityCard key={range.key} towerId={towerId} range={range} />
      ))}
    </div>
  );
}
