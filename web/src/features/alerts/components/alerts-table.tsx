import { Link } from 'react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlertView } from '@server/http/routes/alerts/schema.js';
import { Button } from '../../../components/ui/button';
import { EmptyRow, Table, Td, Th, Tr } from '../../../components/ui/table';
import { cn } from '../../../lib/cn';
import { formatDateTime, formatRelative } from '../../../lib/format';
import type { AlertRowModel } from '../alert-list';
import { formatDuration } from '../format-duration';
import { useNow } from '../../../lib/use-now';
import { AlertDeviceLink } from './alert-device-link';
import { AlertStateChips } from './alert-state-chips';
import { SeverityBadge } from './severity-badge';

interface AlertsTableProps {
  rows: AlertRowModel[];
  empty: string;
  loading: boolean;
  /** Null when the user may not acknowledge (viewers) or the list is history. */
  onAcknowledge: ((alert: AlertView) => void) | null;
  /** The alert being acknowledged right now. */
  acknowledging: number | null;
}

const HIGHLIGHT_MS = 2_000;

export const alertRowId = (id: number) => `alert-${id}`;

export function AlertsTable({ rows, empty, loading, onAcknowledge, acknowledging }: AlertsTableProps) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const [highlighted, setHighlighted] = useState<number | null>(null);
  const onScreen = new Set(rows.map((r) => r.alert.id));
  const columns = onAcknowledge ? 7 : 6;

  const showCause = (id: number) => {
    document.getElementById(alertRowId(id))?.scrollIntoView({ behavior: 'smooth', block: 'center' });
    setHighlighted(id);
    setTimeout(() => setHighlighted((current) => (current === id ? null : current)), HIGHLIGHT_MS);
  };

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
          const end = alert.resolvedAt ? new Date(alert.resolvedAt).getTime() : now;
          const duration = formatDuration(end - new Date(alert.startedAt).getTime(), i18n.language);
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
                  {alert.kind === 'down' && alert.affected.length > 0 ? (
                    <span className="font-medium text-slate-700" data-testid="alert-affected" data-count={alert.affected.length}>
                      {t('alerts.affected', { count: alert.affected.length })}
                    </span>
                  ) : null}
                </div>
              </Td>
              <Td className="whitespace-nowrap">
                {alert.kind === 'internet' ? (
                  // The internet outage belongs to no device: its evidence is on the Synthetic page.
                  <Link to="/synthetic" className="font-medium text-sky-700 hover:underline" data-testid="alert-synthetic">
                    {t('nav.synthetic')}
                  </Link>
                ) : (
                  <AlertDeviceLink deviceId={alert.deviceId} />
                )}
              </Td>
              <Td className="whitespace-nowrap tabular-nums" title={formatDateTime(alert.startedAt, i18n.language)} data-testid="alert-started">
                {formatRelative(alert.startedAt, i18n.language, now)}
              </Td>
              <Td className="whitespace-nowrap tabular-nums" title={alert.resolvedAt ? formatDateTime(alert.resolvedAt, i18n.language) : undefined} data-testid="alert-duration">
                {alert.resolvedAt ? duration : t('alerts.openFor', { duration })}
              </Td>
              <Td>
                <AlertStateChips alert={alert} onShowCause={alert.suppressedBy !== null && onScreen.has(alert.suppressedBy) ? showCause : undefined} />
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
