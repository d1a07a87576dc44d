import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Device } from '@server/http/routes/devices/schema.js';
import { StatusBadge } from '../../../components/ui/status-badge';
import { EmptyRow, Table, Td, Th, Tr } from '../../../components/ui/table';
import { QualityValue } from '../../../components/ui/quality-value';
import { formatDateTime, formatMs, formatPercent } from '../../../lib/format';
import { formatDbm } from '../../../lib/format-units';
import { ccqQuality, signalQuality } from '../../../lib/link-quality';
import { useNow } from '../../../lib/use-now';
import { COLUMN_LABEL_KEYS, type DeviceColumn } from '../columns';
import type { DeviceSort, SortableColumn } from '../device-options';
import { formatSince } from '../format-since';
import { MaintenanceBadge } from './maintenance-badge';
import type { Selection } from './use-selection';

interface DevicesTableProps {
  devices: Device[];
  columns: DeviceColumn[];
  sort: DeviceSort;
  onSort: (sort: DeviceSort) => void;
  loading: boolean;
  /** Checkboxes for bulk actions; absent for those who may not write. */
  selection?: Selection;
}

interface SortHeaderProps {
  column: SortableColumn;
  label: string;
  sort: DeviceSort;
  onSort: (sort: DeviceSort) => void;
  className?: string;
}

function SortHeader({ column, label, sort, onSort, className }: SortHeaderProps) {
  const active = sort === column || sort === `-${column}`;
  const descending = sort === `-${column}`;
  const next: DeviceSort = active && !descending ? `-${column}` : column;
  return (
    <Th className={className} aria-sort={active ? (descending ? 'descending' : 'ascending') : 'none'} data-column={column}>
      <button type="button" className="inline-flex items-center gap-1 hover:text-slate-900" onClick={() => onSort(next)} data-testid={`sort-${column}`}>
        {label}
        <span aria-hidden="true" className={active ? 'text-slate-900' : 'text-slate-300'}>
          {descending ? '▼' : '▲'}
        </span>
      </button>
    </Th>
  );
}

/** Which columns sort on the server, and which are right-aligned figures. */
const SORTABLE: Partial<Record<DeviceColumn, SortableColumn>> = {
  status: 'status', since: 'since', name: 'name', host: 'host', type: 'type', rtt: 'rtt', loss: 'loss', signal: 'signal', ccq: 'ccq', tower: 'tower',
};
const NUMERIC = new Set<DeviceColumn>(['rtt', 'loss', 'signal', 'ccq']);

export function DevicesTable({ devices, columns, sort, onSort, loading, selection }: DevicesTableProps) {
  const { t, i18n } = useTranslation();
  const now = useNow(30_000);
  const lang = i18n.language;

  const cell = (device: Device, column: DeviceColumn): ReactNode => {
    switch (column) {
      case 'status':
        return (
          <>
            <StatusBadge status={device.status} flapping={device.flapping} since={device.statusSince} />
            {device.snmpError ? (
              <span className="ml-1 rounded bg-amber-100 px-1 text-[10px] font-semibold uppercase text-amber-900" title={t('devices.snmpErrorTitle', { error: device.snmpError })} data-testid="snmp-error-marker">
                {t('devices.snmpErrorMarker')}
              </span>
            ) : null}
            {device.maintenance ? <MaintenanceBadge className="ml-1" /> : null}
          </>
        );
      case 'since':
        return device.statusSince ? (
          <span title={t('equipmentList.sinceTitle', { time: formatDateTime(device.statusSince, lang) })} data-testid="device-since">
            {formatSince(device.statusSince, now)}
          </span>
        ) : null;
      case 'name':
        return (
          <Link to={`/equipment/${device.id}`} className="text-sky-700 hover:underline">
            {device.name}
          </Link>
        );
      case 'host':
        return device.host;
      case 'type':
        // Short in the table, so 1,280 px holds every default column on one line; the full name on hover.
        return <span title={t(`devices.types.${device.type}`)}>{t(`equipmentList.typesShort.${device.type}`)}</span>;
      case 'rtt':
        return formatMs(device.rttMs, lang);
      case 'loss':
        return formatPercent(device.lossPercent, lang);
      case 'signal':
        return (
          <QualityValue quality={signalQuality(device.signalDbm)} testId="device-signal">
            {formatDbm(device.signalDbm, lang)}
          </QualityValue>
        );
      case 'ccq':
        return (
          <QualityValue quality={ccqQuality(device.ccqPercent)} testId="device-ccq">
            {formatPercent(device.ccqPercent, lang)}
          </QualityValue>
        );
      case 'tower':
        return device.towerId !== null && device.towerName ? (
          <Link to={`/towers/${device.towerId}`} className="hover:underline">
            {device.towerName}
          </Link>
        ) : null;
      case 'parent':
        return device.parentId !== null && device.parentName ? (
          <Link to={`/equipment/${device.parentId}`} className="hover:underline">
            {device.parentName}
          </Link>
        ) : null;
      case 'vendor':
        return [device.vendor, device.model].filter(Boolean).join(' ');
      case 'tags':
        return device.tags.join(', ');
      case 'enabled':
        return device.enabled ? t('common.yes') : <span className="text-slate-500">{t('devices.disabled')}</span>;
    }
  };

  const cellClass: Partial<Record<DeviceColumn, string>> = {
    status: 'whitespace-nowrap',
    since: 'whitespace-nowrap tabular-nums',
    name: 'font-medium',
    type: 'whitespace-nowrap',
    host: 'font-mono text-xs',
    rtt: 'whitespace-nowrap text-right tabular-nums',
    loss: 'whitespace-nowrap text-right tabular-nums',
    signal: 'whitespace-nowrap text-right',
    ccq: 'whitespace-nowrap text-right',
    tags: 'text-xs text-slate-600',
  };
  const pageIds = devices.map((d) => d.id);
  const allChecked = selection !== undefined && pageIds.length > 0 && pageIds.every((id) => selection.has(id));

  return (
    <Table className={loading ? 'opacity-60' : undefined}>
      <thead>
        <tr>
          {selection ? (
            <Th className="w-8">
              <input
                type="checkbox"
                aria-label={t('equipmentList.selectAll')}
                checked={allChecked}
                onChange={() => (allChecked ? selection.clear() : selection.setAll(pageIds))}
                data-testid="select-all"
              />
            </Th>
          ) : null}
          {columns.map((column) => {
            const sortable = SORTABLE[column];
            const className = NUMERIC.has(column) ? 'text-right' : undefined;
            return sortable ? (
              <SortHeader key={column} column={sortable} label={t(COLUMN_LABEL_KEYS[column])} sort={sort} onSort={onSort} className={className} />
            ) : (
              <Th key={column} className={className} data-column={column}>
                {t(COLUMN_LABEL_KEYS[column])}
              </Th>
            );
          })}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {devices.length === 0 && !loading ? <EmptyRow colSpan={columns.length + (selection ? 1 : 0)}>{t('devices.empty')}</EmptyRow> : null}
        {devices.map((device) => (
          <Tr key={device.id} data-testid={`device-row-${device.id}`} className={selection?.has(device.id) ? 'bg-sky-50' : undefined}>
            {selection ? (
              <Td>
                <input
                  type="checkbox"
                  aria-label={t('equipmentList.selectRow', { name: device.name })}
                  checked={selection.has(device.id)}
                  onChange={() => selection.toggle(device.id)}
                  data-testid={`select-${device.id}`}
                />
              </Td>
            ) : null}
            {columns.map((column) => (
              <Td key={column} className={cellClass[column]}>
                {cell(device, column)}
              </Td>
            ))}
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
