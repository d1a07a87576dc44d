import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EventItem } from '@server/http/routes/monitoring/schema.js';
import { StatusBadge } from '../../../components/ui/status-badge';
import { StatusReason } from '../../../components/ui/status-reason';
import { EmptyRow, Table, Td, Th, Tr } from '../../../components/ui/table';
import { formatDateTime, formatRelative } from '../../../lib/format';

interface EventsTableProps {
  events: EventItem[];
  loading: boolean;
  testId: string;
  /** Off on a device's own page, where every row is the same device. */
  showDevice?: boolean;
}

/** Status changes, newest first: when, which device, from → to, and the server's reason (an upstream device by name, linked). */
export function EventsTable({ events, loading, testId, showDevice = true }: EventsTableProps) {
  const { t, i18n } = useTranslation();
  const columns = showDevice ? 4 : 3;
  return (
    <div data-testid={testId}>
      <Table>
        <thead>
          <tr>
            <Th>{t('monitoring.time')}</Th>
            {showDevice ? <Th>{t('monitoring.device')}</Th> : null}
            <Th>{t('monitoring.change')}</Th>
            <Th>{t('monitoring.reason')}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {events.length === 0 ? <EmptyRow colSpan={columns}>{loading ? t('common.loading') : t('monitoring.noEvents')}</EmptyRow> : null}
          {events.map((event) => (
            <Tr key={event.id} data-testid={`event-row-${event.id}`}>
              <Td className="whitespace-nowrap tabular-nums" title={formatRelative(event.at, i18n.language)}>
                {formatDateTime(event.at, i18n.language)}
              </Td>
              {showDevice ? (
                <Td>
                  <Link to={`/equipment/${event.deviceId}`} className="font-medium text-sky-700 hover:underline">
                    {event.deviceName}
                  </Link>{' '}
                  <span className="font-mono text-xs text-slate-500">{event.host}</span>
                </Td>
              ) : null}
              <Td className="whitespace-nowrap">
                <StatusBadge status={event.from} testId="event-from" /> <span aria-hidden="true">→</span> <StatusBadge status={event.to} testId="event-to" />
              </Td>
              <Td className="text-xs text-slate-600" data-testid="event-reason">
                <StatusReason reason={event.reason} device={event.reasonDevice} />
              </Td>
            </Tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
