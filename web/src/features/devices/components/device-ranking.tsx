import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Device } from '@server/http/routes/devices/schema.js';
import { StatusBadge } from '../../../components/ui/status-badge';
import { EmptyRow, Table, Td, Th, Tr } from '../../../components/ui/table';
import { formatMs, formatPercent } from '../../../lib/format';

type Metric = 'rtt' | 'loss';

interface DeviceRankingProps {
  title: string;
  /** Already ranked by the server, highest first. */
  devices: Device[];
  metric: Metric;
  loading: boolean;
  testId: string;
}

export function DeviceRanking({ title, devices, metric, loading, testId }: DeviceRankingProps) {
  const { t, i18n } = useTranslation();
  return (
    <section className="space-y-2" data-testid={testId}>
      <h2 className="text-base font-semibold text-slate-900">{title}</h2>
      <Table>
        <thead>
          <tr>
            <Th>{t('devices.name')}</Th>
            <Th>{t('devices.status')}</Th>
            <Th className="text-right">{metric === 'rtt' ? t('devices.rtt') : t('devices.loss')}</Th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {devices.length === 0 ? <EmptyRow colSpan={3}>{loading ? t('common.loading') : t('monitoring.noMeasurements')}</EmptyRow> : null}
          {devices.map((device) => (
            <Tr key={device.id} data-testid={`${testId}-row-${device.id}`}>
              <Td>
                <Link to={`/equipment/${device.id}`} className="font-medium text-sky-700 hover:underline">
                  {device.name}
                </Link>{' '}
                <span className="font-mono text-xs text-slate-500">{device.host}</span>
              </Td>
              <Td>
                <StatusBadge status={device.status} flapping={device.flapping} since={device.statusSince} />
              </Td>
              <Td className="whitespace-nowrap text-right font-medium tabular-nums">
                {metric === 'rtt' ? formatMs(device.rttMs, i18n.language) : formatPercent(device.lossPercent, i18n.language)}
              </Td>
            </Tr>
          ))}
        </tbody>
      </Table>
    </section>
  );
}
