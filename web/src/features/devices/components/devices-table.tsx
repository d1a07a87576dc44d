import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Device } from '@server/http/routes/devices/schema.js';
import { StatusBadge } from '../../../components/ui/status-badge';
import { EmptyRow, Table, Td, Th, Tr } from '../../../components/ui/table';
import { QualityValue } from '../../../components/ui/quality-value';
import { formatMs, formatPercent } from '../../../lib/format';
import { formatDbm } from '../../../lib/format-units';
import { ccqQuality, signalQuality } from '../../../lib/link-quality';
import type { DeviceSort, SortableColumn } from '../device-options';
import { MaintenanceBadge } from './maintenance-badge';

interface DevicesTableProps {
  devices: Device[];
  sort: DeviceSort;
  onSort: (sort: DeviceSort) => void;
  loading: boolean;
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
    <Th className={className} aria-sort={active ? (descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" className="inline-flex items-center gap-1 hover:text-slate-900" onClick={() => onSort(next)} data-testid={`sort-${column}`}>
        {label}
        <span aria-hidden="true" className={active ? 'text-slate-900' : 'text-slate-300'}>
          {descending ? '▼' : '▲'}
        </span>
      </button>
    </Th>
  );
}

export function DevicesTable({ devices, sort, onSort, loading }: DevicesTableProps) {
  const { t, i18n } = useTranslation();
  return (
    <Table className={loading ? 'opacity-60' : undefined}>
      <thead>
        <tr>
          <SortHeader column="status" label={t('devices.status')} sort={sort} onSort={onSort} />
          <SortHeader column="name" label={t('devices.name')} sort={sort} onSort={onSort} />
          <SortHeader column="host" label={t('devices.hostShort')} sort={sort} onSort={onSort} />
          <SortHeader column="type" label={t('devices.type')} sort={sort} onSort={onSort} />
          <Th className="text-right">{t('devices.rtt')}</Th>
          <Th className="text-right">{t('devices.loss')}</Th>
          <SortHeader column="signal" label={t('devices.signal')} sort={sort} onSort={onSort} className="text-right" />
          <SortHeader column="ccq" label={t('devices.ccq')} sort={sort} onSort={onSort} className="text-right" />
          <SortHeader column="tower" label={t('devices.tower')} sort={sort} onSort={onSort} />
          <Th>{t('devices.parent')}</Th>
          <Th>{t('devices.vendor')}</Th>
          <Th>{t('devices.tags')}</Th>
          <Th>{t('devices.enabled')}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {devices.length === 0 && !loading ? <EmptyRow colSpan={13}>{t('devices.empty')}</EmptyRow> : null}
        {devices.map((device) => (
          <Tr key={device.id} data-testid={`device-row-${device.id}`}>
            <Td className="whitespace-nowrap">
              <StatusBadge status={device.status} flapping={device.flapping} since={device.statusSince} />
              {device.snmpError ? (
                <span
                  className="ml-1 rounded bg-amber-100 px-1 text-[10px] font-semibold uppercase text-amber-900"
                  title={t('devices.snmpErrorTitle', { error: device.snmpError })}
                  data-testid="snmp-error-marker"
                >
                  {t('devices.snmpErrorMarker')}
                </span>
              ) : null}
              {device.maintenance ? <MaintenanceBadge className="ml-1" /> : null}
            </Td>
            <Td className="font-medium">
              <Link to={`/equipment/${device.id}`} className="text-sky-700 hover:underline">
                {device.name}
              </Link>
            </Td>
            <Td className="font-mono text-xs">{device.host}</Td>
            <Td>{t(`devices.types.${device.type}`)}</Td>
            <Td className="whitespace-nowrap text-right tabular-nums">{formatMs(device.rttMs, i18n.language)}</Td>
            <Td className="whitespace-nowrap text-right tabular-nums">{formatPercent(device.lossPercent, i18n.language)}</Td>
            <Td className="text-right">
              <QualityValue quality={signalQuality(device.signalDbm)} testId="device-signal">
                {formatDbm(device.signalDbm, i18n.language)}
              </QualityValue>
            </Td>
            <Td className="text-right">
              <QualityValue quality={ccqQuality(device.ccqPercent)} testId="device-ccq">
                {formatPercent(device.ccqPercent, i18n.language)}
              </QualityValue>
            </Td>
            <Td>{device.towerName ?? ''}</Td>
            <Td>{device.parentName ?? ''}</Td>
            <Td>{[device.vendor, device.model].filter(Boolean).join(' ')}</Td>
            <Td className="text-xs text-slate-600">{device.tags.join(', ')}</Td>
            <Td>{device.enabled ? t('common.yes') : <span className="text-slate-500">{t('devices.disabled')}</span>}</Td>
          </Tr>
        ))}
      </tbody>
    </Table>
  );
}
