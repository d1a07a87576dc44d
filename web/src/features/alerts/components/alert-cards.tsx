import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import { cn } from '../../../lib/cn';
import { useNow } from '../../../lib/use-now';
import { AffectedButton, AlertDuration, AlertSubjectLink, AlertTowerLink } from './alert-cells';
import { AlertStateChips } from './alert-state-chips';
import { alertRowId, useShowCause, type AlertListProps } from './alerts-table';
import { SeverityBadge } from './severity-badge';

/**
 * The alerts on a phone: one card each (severity, message, device, tower, how long), the
 * acknowledge button full width at the card's foot, within a thumb's reach.
 */
export function AlertCards({ rows, empty, loading, onAcknowledge, acknowledging, onShowAffected }: AlertListProps) {
  const { t } = useTranslation();
  const now = useNow();
  const { highlighted, showCause } = useShowCause();
  const byId = new Map(rows.map((r) => [r.alert.id, r.alert]));
  if (rows.length === 0) {
    return <p className="rounded-lg border border-slate-200 bg-white px-3 py-6 text-center text-sm text-slate-500">{loading ? t('common.loading') : empty}</p>;
  }
  return (
    <ul className={cn('space-y-2', loading && 'opacity-60')} data-testid="alerts-rows">
      {rows.map(({ alert, nested }) => {
        const suppressed = alert.suppressedBy !== null;
        return (
          <li
            key={alert.id}
            id={alertRowId(alert.id)}
            data-testid={`alert-row-${alert.id}`}
            data-device-id={alert.deviceId ?? undefined}
            data-kind={alert.kind}
            data-suppressed={suppressed ? 'true' : undefined}
            className={cn(
              'min-w-0 space-y-2 rounded-lg border border-slate-200 bg-white p-3 text-sm',
              nested && 'ml-4 border-l-4 border-l-slate-300',
              suppressed && 'bg-slate-50 text-slate-500',
              highlighted === alert.id && 'ring-2 ring-sky-400',
            )}
          >
            <div className="flex items-center justify-between gap-2">
              <SeverityBadge severity={alert.severity} />
              <AlertDuration alert={alert} now={now} />
            </div>
            <p className="break-words font-medium text-slate-900" data-testid="alert-message">
              {alert.message}
            </p>
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600">
              <span>{t(`alerts.kinds.${alert.kind}`)}</span>
              <AlertSubjectLink alert={alert} />
              <AlertTowerLink alert={alert} />
              <AffectedButton alert={alert} onOpen={onShowAffected} />
            </div>
            <AlertStateChips alert={alert} cause={alert.suppressedBy === null ? undefined : byId.get(alert.suppressedBy)} onShowCause={showCause} />
            {onAcknowledge && alert.resolvedAt === null && alert.acknowledgedAt === null ? (
              <Button variant="secondary" className="w-full" disabled={acknowledging === alert.id} onClick={() => onAcknowledge(alert)} data-testid="alert-acknowledge">
                {acknowledging === alert.id ? t('alerts.acknowledging') : t('alerts.acknowledge')}
              </Button>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
