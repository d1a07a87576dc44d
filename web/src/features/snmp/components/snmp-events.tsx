import { useTranslation } from 'react-i18next';
import type { SnmpEventKind } from '@server/monitoring/snmp/state.js';
import { Alert } from '../../../components/ui/alert';
import { EmptyRow, Table, Td, Th, Tr } from '../../../components/ui/table';
import { cn } from '../../../lib/cn';
import { formatDateTime, formatRelative } from '../../../lib/format';
import { useErrorMessage } from '../../../lib/use-error-message';
import { useSnmpEvents } from '../api/get-snmp-events';

const KIND_KEYS = {
  reboot: 'reboot',
  'interface.down': 'interfaceDown',
  'interface.up': 'interfaceUp',
  'snmp.error': 'snmpError',
  'snmp.recovered': 'snmpRecovered',
} as const satisfies Record<SnmpEventKind, string>;

const BAD: ReadonlySet<SnmpEventKind> = new Set(['reboot', 'interface.down', 'snmp.error']);

/** The device's recent reboots, link changes and SNMP outages, newest first. */
export function SnmpEvents({ deviceId }: { deviceId: number }) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const events = useSnmpEvents(deviceId, 20);
  const items = events.data?.items ?? [];

  return (
    <section className="space-y-2" data-testid="snmp-events">
      <h2 className="text-base font-semibold text-slate-900">{t('snmpView.events')}</h2>
      {events.error ? <Alert tone="error">{errorMessage(events.error)}</Alert> : null}
      <Table>
        <thead>
          <tr>
            <Th>{t('snmpView.time')}</Th>
            <Th>{t('snmpView.kind')}</Th>
            <Th>{t('snmpView.detail')}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {items.length === 0 ? <EmptyRow colSpan={3}>{events.isPending ? t('common.loading') : t('snmpView.noEvents')}</EmptyRow> : null}
          {items.map((event, i) => (
            <Tr key={`${event.at}-${event.kind}-${event.ifIndex ?? ''}-${i}`} data-testid="snmp-event-row" data-kind={event.kind}>
              <Td className="whitespace-nowrap tabular-nums" title={formatRelative(event.at, i18n.language)}>
                {formatDateTime(event.at, i18n.language)}
              </Td>
              <Td className={cn('whitespace-nowrap font-medium', BAD.has(event.kind) ? 'text-red-700' : 'text-emerald-700')}>{t(`snmpView.eventKinds.${KIND_KEYS[event.kind]}`)}</Td>
              <Td className="text-xs text-slate-600">{event.detail ?? ''}</Td>
            </Tr>
          ))}
        </tbody>
      </Table>
    </section>
  );
}
