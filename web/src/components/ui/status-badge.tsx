import { useTranslation } from 'react-i18next';
import { cn } from '../../lib/cn';
import type { DeviceStatus } from '../../lib/device-status';
import { formatDateTime, formatRelative } from '../../lib/format';

export const STATUS_STYLES: Record<DeviceStatus, { badge: string; dot: string }> = {
  up: { badge: 'bg-emerald-50 text-emerald-800 ring-emerald-600/30', dot: 'bg-emerald-500' },
  degraded: { badge: 'bg-amber-50 text-amber-800 ring-amber-600/30', dot: 'bg-amber-500' },
  down: { badge: 'bg-red-50 text-red-800 ring-red-600/30', dot: 'bg-red-600' },
  unreachable: { badge: 'bg-violet-50 text-violet-800 ring-violet-600/30', dot: 'bg-violet-500' },
  unknown: { badge: 'bg-slate-100 text-slate-700 ring-slate-500/30', dot: 'bg-slate-400' },
};

interface StatusBadgeProps {
  status: DeviceStatus;
  flapping?: boolean;
  /** ISO time the status began; shown as a tooltip ("since 5 minutes ago"). */
  since?: string | null;
  className?: string;
  testId?: string;
}

export function StatusBadge({ status, flapping = false, since, className, testId = 'status-badge' }: StatusBadgeProps) {
  const { t, i18n } = useTranslation();
  const label = t(`status.${status}`);
  const title = since ? t('status.sinceTitle', { relative: formatRelative(since, i18n.language), time: formatDateTime(since, i18n.language) }) : undefined;
  return (
    <span
      className={cn('inline-flex items-center gap-1.5 whitespace-nowrap rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset', STATUS_STYLES[status].badge, className)}
      data-testid={testId}
      data-status={status}
      data-flapping={flapping ? 'true' : undefined}
      title={title}
    >
      <span aria-hidden="true" className={cn('size-2 rounded-full', STATUS_STYLES[status].dot)} />
      {label}
      {flapping ? (
        <span className="rounded bg-orange-200 px-1 text-[10px] font-semibold uppercase text-orange-900" title={t('status.flappingHint')} data-testid="flapping-marker">
          {t('status.flapping')}
        </span>
      ) : null}
    </span>
  );
}
