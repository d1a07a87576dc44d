import { useTranslation } from 'react-i18next';
import type { AlertListItem, AlertView } from '@server/http/routes/alerts/schema.js';
import { cn } from '../../../lib/cn';
import { formatDateTime } from '../../../lib/format';

const chip = 'inline-flex whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-medium';

interface AlertStateChipsProps {
  alert: AlertView;
  /** The alert that suppressed this one, when it is on screen. */
  cause?: AlertListItem;
  /** Scrolls to the cause. */
  onShowCause?: (id: number) => void;
}

/** Suppressed (and by what), held for the parent's verdict, kept unsent (below the minimum severity), acknowledged (and by whom). */
export function AlertStateChips({ alert, cause, onShowCause }: AlertStateChipsProps) {
  const { t, i18n } = useTranslation();
  const open = alert.resolvedAt === null;
  const kept = alert.suppressedBy === null && alert.notifiedAt === null && alert.belowMinimum;
  const pending = alert.suppressedBy === null && alert.notifiedAt === null && !alert.belowMinimum;
  return (
    <div className="flex flex-wrap items-center gap-1">
      {alert.suppressedBy !== null ? (
        <>
          <span className={cn(chip, 'bg-slate-200 text-slate-700')} title={t('alerts.suppressedHint')} data-testid="alert-suppressed">
            {t('alerts.suppressed')}
          </span>
          {cause && onShowCause ? (
            <button type="button" className="text-xs text-sky-700 hover:underline" data-testid="alert-cause" onClick={() => onShowCause(cause.id)}>
              {t('alerts.cause', { name: cause.kind === 'internet' ? t('alerts.kinds.internet') : (cause.deviceName ?? t('alerts.deletedDevice')) })}
            </button>
          ) : (
            <span className="text-xs text-slate-500" data-testid="alert-cause">
              {t('alerts.causeElsewhere')}
            </span>
          )}
        </>
      ) : null}
      {kept ? (
        <span className={cn(chip, 'bg-slate-100 text-slate-600')} title={t('alerts.belowMinimumHint')} data-testid="alert-below-minimum">
          {t('alerts.belowMinimum')}
        </span>
      ) : null}
      {pending ? (
        <span className={cn(chip, open ? 'bg-sky-50 text-sky-800' : 'bg-slate-100 text-slate-600')} title={open ? t('alerts.pendingHint') : undefined} data-testid="alert-pending">
          {open ? t('alerts.pending') : t('alerts.notSent')}
        </span>
      ) : null}
      {alert.acknowledgedAt !== null ? (
        <span
          className={cn(chip, 'bg-emerald-50 text-emerald-800')}
          title={t('alerts.acknowledgedAt', { time: formatDateTime(alert.acknowledgedAt, i18n.language) })}
          data-testid="alert-acknowledged"
        >
          {t('alerts.acknowledgedBy', { name: alert.acknowledgedBy ?? '?' })}
        </span>
      ) : null}
    </div>
  );
}
