import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EventItem } from '@server/http/routes/monitoring/schema.js';
import { usePhone } from '../../../components/layouts/use-phone';
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

function DeviceCell({ event }: { event: EventItem }) {
  return (
    <>
      <Link to={`/equipment/${event.deviceId}`} className="font-medium text-sky-700 hover:underline">
        {event.deviceName}
      </Link>{' '}
      <span className="font-mono text-xs text-slate-500">{event.host}</span>
    </>
  );
}

function Change({ event }: { event: EventItem }) {
  return (
    <>
      <StatusBadge status={event.from} testId="event-from" /> <span aria-hidden="true">→</span> <StatusBadge status={event.to} testId="event-to" />
    </>
  );
}

/**
 * Status changes, newest first: when, which device, from → to, and the server's reason (an
 * upstream device by name, linked). A table on a wide screen, cards on a phone.
 */
export function EventsTable({ events, loading, testId, showDevice = true }: EventsTableProps) {
  const { t, i18n } = useTranslation();
  const phone = usePhone();
  const columns = showDevice ? 4 : 3;
  const empty = loading ? t('common.loading') : t('monitoring.noEvents');
  if (phone) {
    return (
      <ul data-testid={testId} className="space-y-2">
        {events.length === 0 ? <li className="rounded-lg border border-slate-200 bg-white p-4 text-center text-sm text-slate-500">{empty}</li> : null}
        {events.map((event) => (
          <li key={event.id} data-testid={`event-row-${event.id}`} className="space-y-1 rounded-lg border border-slate-200 bg-white p-3 text-sm">
            <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
              <Change event={event} />
              <span className="ml-auto text-xs tabular-nums text-slate-500">{formatDateTime(event.at, i18n.language)}</span>
            </div>
            {showDevice ? (
              <div className="break-words">
                <DeviceCell event={event} />
              </div>
            ) : null}
            {event.reason ? (
              <div className="break-words text-xs text-slate-600" data-testid="event-reason">
                <StatusReason reason={event.reason} device={event.reasonDevice} />
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    );
  }
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
          {events.length === 0 ? <EmptyRow colSpan={columns}>{empty}</EmptyRow> : null}
          {events.map((event) => (
            <Tr key={event.id} data-testid={`event-row-${event.id}`}>
              <Td className="whitespace-nowrap tabular-nums" title={formatRelative(event.at, i18n.language)}>
                {formatDateTime(event.at, i18n.language)}
              </Td>
              {showDevice ? (
                <Td>
                  <DeviceCell event={event} />
                </Td>
              ) : null}
              <Td className="whitespace-nowrap">
                <Change event={event} />
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
