import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WirelessClient } from '@server/probers/snmp/model.js';
import { QualityValue } from '../../../components/ui/quality-value';
import { EmptyRow, Table, Td, Th, Tr } from '../../../components/ui/table';
import { formatBps, formatDb, formatDbm, formatDuration } from '../../../lib/format-units';
import { signalQuality } from '../../../lib/link-quality';

type SortKey = 'mac' | 'interface' | 'signalDbm' | 'snrDb' | 'txRateBps' | 'rxRateBps' | 'uptimeSeconds';
interface Sort {
  key: SortKey;
  descending: boolean;
}

/** Weakest first: the client about to drop is the one to look at. */
const DEFAULT_SORT: Sort = { key: 'signalDbm', descending: false };

/** Clients that did not report a value go last whichever way the column is sorted. */
function sortClients(clients: WirelessClient[], sort: Sort, nameOf: (c: WirelessClient) => string): WirelessClient[] {
  const value = (c: WirelessClient): string | number | null => (sort.key === 'mac' ? c.mac : sort.key === 'interface' ? nameOf(c) : c[sort.key]);
  return [...clients].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return sort.descending ? -order : order;
  });
}

interface ClientsTableProps {
  clients: WirelessClient[];
  /** The interface name for a client's ifIndex (wlan1), when the device told. */
  interfaceName: (ifIndex: number | null) => string;
}

export function ClientsTable({ clients, interfaceName }: ClientsTableProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [sort, setSort] = useState<Sort>(DEFAULT_SORT);
  const rows = sortClients(clients, sort, (c) => interfaceName(c.ifIndex));

  const header = (key: SortKey, label: string, right = false) => {
    const active = sort.key === key;
    return (
      <Th className={right ? 'text-right' : undefined} aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
        <button
          type="button"
          className="inline-flex items-center gap-1 hover:text-slate-900"
          data-testid={`client-sort-${key}`}
          onClick={() => setSort({ key, descending: active ? !sort.descending : false })}
        >
          {label}
          <span aria-hidden="true" className={active ? 'text-slate-900' : 'text-slate-300'}>
            {active && sort.descending ? '▼' : '▲'}
          </span>
        </button>
      </Th>
    );
  };

  return (
    <section className="space-y-2" data-testid="clients-table" data-count={clients.length} data-sort={`${sort.descending ? '-' : ''}${sort.key}`}>
      <h2 className="text-base font-semibold text-slate-900">
        {t('snmpView.clientsTitle')} <span className="text-sm font-normal text-slate-500">({clients.length})</span>
      </h2>
      <Table>
        <thead>
          <tr>
            {header('mac', t('snmpView.mac'))}
            {header('interface', t('snmpView.interface'))}
            {header('signalDbm', t('snmpView.signal'), true)}
            {header('snrDb', t('snmpView.snr'), true)}
            {header('txRateBps', t('snmpView.txRate'), true)}
            {header('rxRateBps', t('snmpView.rxRate'), true)}
            {header('uptimeSeconds', t('snmpView.clientUptime'), true)}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.length === 0 ? <EmptyRow colSpan={7}>{t('snmpView.noClients')}</EmptyRow> : null}
          {rows.map((c, i) => (
            <Tr key={`${c.mac}-${c.ifIndex ?? ''}`} data-testid={`client-row-${i}`} data-mac={c.mac}>
              <Td className="font-mono text-xs">{c.mac}</Td>
              <Td>{interfaceName(c.ifIndex)}</Td>
              <Td className="text-right">
                <QualityValue quality={signalQuality(c.signalDbm)} testId="client-signal">
                  {formatDbm(c.signalDbm, locale)}
                </QualityValue>
              </Td>
              <Td className="whitespace-nowrap text-right tabular-nums">{formatDb(c.snrDb, locale)}</Td>
              <Td className="whitespace-nowrap text-right tabular-nums">{formatBps(c.txRateBps, locale)}</Td>
              <Td className="whitespace-nowrap text-right tabular-nums">{formatBps(c.rxRateBps, locale)}</Td>
              <Td className="whitespace-nowrap text-right tabular-nums">{formatDuration(c.uptimeSeconds)}</Td>
            </Tr>
          ))}
        </tbody>
      </Table>
    </section>
  );
}
