import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlertListItem } from '@server/http/routes/alerts/schema.js';
import { Button } from '../../../components/ui/button';
import { EmptyRow, Table, Td, Th, Tr } from '../../../components/ui/table';
import { cn } from '../../../lib/cn';
import { formatDateTime } from '../../../lib/format';
import type { AlertRowModel } from '../alert-list';
import { useNow } from '../../../lib/use-now';
import { AffectedButton, AlertDuration, AlertSubjectLink, AlertTowerLink } from './alert-cells';
import { AlertStateChips } from './alert-state-chips';
import { SeverityBadge } from './severity-badge';

export interface AlertListProps {
  rows: AlertRowModel[];
  empty: string;
  loading: boolean;
  /** Null when the user may not acknowledge (viewers) or the list is history. */
  onAcknowledge: ((alert: AlertListItem) => void) | null;
  /** The alert being acknowledged right now. */
  acknowledging: number | null;
  /** Opens the list of devices a root alert took down; absent: the count is plain text. */
  onShowAffected?: (alert: AlertListItem) => void;
}

const HIGHLIGHT_MS = 2_000;

export const alertRowId = (id: number) => `alert-${id}`;

/** Scrolls to the alert that explains another and flashes it. */
export function useShowCause() {
  const [highlighted, setHighlighted] = useState<number | null>(null);
  const showCause = (id: number) => {
    document.getElementById(alertRowId(id))?.scrollIntoView({ behavior: 'smooth', block: 'center' });
    setHighlighted(id);
    setTimeout(() => setHighlighted((current) => (current === id ? null : current)), HIGHLIGHT_MS);
  };
  return { highlighted, showCause };
}

export function AlertsTable({ rows, empty, loading, onAcknowledge, acknowledging, onShowAffected }: AlertListProps) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const { highlighted, showCause } = useShowCause();
  const byId = new Map(rows.map((r) => [r.alert.id, r.alert]));
  const columns = onAcknowledge ? 7 : 6;

  return (
    <Table className={loading ? 'opacity-60' : undefined}>
      <thead>
        <tr>
          <Th>{t('alerts.severity')}</Th>
          <Th>{t('alerts.message')}</Th>
          <Th>{t('alerts.device')}</Th>
          <Th>{t('alerts.started')}</Th>
          <Th>{t('alerts.duration')}</Th>
          <Th>{t('alerts.state')}</Th>
          {onAcknowledge ? <Th className="text-right">{t('common.actions')}</Th> : null}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100" data-testid="alerts-rows">
        {rows.length === 0 ? <EmptyRow colSpan={columns}>{loading ? t('common.loading') : empty}</EmptyRow> : null}
        {rows.map(({ alert, nested }) => {
          const suppressed = alert.suppressedBy !== null;
          return (
            <Tr
              key={alert.id}
              id={alertRowId(alert.id)}
              data-testid={`alert-row-${alert.id}`}
              data-device-id={alert.deviceId ?? undefined}
              data-kind={alert.kind}
              data-suppressed={suppressed ? 'true' : undefined}
              className={cn(suppressed && 'bg-slate-50 text-slate-500 opacity-70', highlighted === alert.id && 'bg-sky-50 ring-2 ring-inset ring-sky-400')}
            >
              <Td className="whitespace-nowrap">
                <SeverityBadge severity={alert.severity} />
              </Td>
              <Td className={cn(nested && 'pl-8')}>
                {nested ? (
                  <span aria-hidden="true" className="mr-1 text-slate-400">
                    ↳
                  </span>
                ) : null}
                <span data-testid="alert-message">{alert.message}</span>
                <div className="mt-0.5 flex flex-wrap gap-2 text-xs text-slate-500">
                  <span>{t(`alerts.kinds.${alert.kind}`)}</span>
                  <AffectedButton alert={alert} onOpen={onShowAffected} />
                </div>
              </Td>
              <Td className="whitespace-nowrap">
                <AlertSubjectLink alert={alert} />
                <div className="text-xs">
                  <AlertTowerLink alert={alert} />
                </div>
              </Td>
              <Td className="whitespace-nowrap tabular-nums" data-testid="alert-started">
                {formatDateTime(alert.startedAt, i18n.language)}
              </Td>
              <Td>
                <AlertDuration alert={alert} now={now} />
              </Td>
              <Td>
                <AlertStateChips alert={alert} cause={alert.suppressedBy === null ? undefined : byId.get(alert.suppressedBy)} onShowCause={showCause} />
              </Td>
              {onAcknowledge ? (
                <Td className="text-right">
                  {alert.resolvedAt === null && alert.acknowledgedAt === null ? (
                    <Button variant="secondary" small disabled={acknowledging === alert.id} onClick={() => onAcknowledge(alert)} data-testid="alert-acknowledge">
                      {acknowledging === alert.id ? t('alerts.acknowledging') : t('alerts.acknowledge')}
                    </Button>
                  ) : null}
                </Td>
              ) : null}
            </Tr>
          );
        })}
      </tbody>
    </Table>
  );
}
