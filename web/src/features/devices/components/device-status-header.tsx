import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Device } from '@server/http/routes/devices/schema.js';
import { StatusBadge } from '../../../components/ui/status-badge';
import { formatDateTime, formatMs, formatPercent, formatRelative } from '../../../lib/format';
import { StatusReason } from '../../../components/ui/status-reason';
import { MaintenanceBadge } from './maintenance-badge';

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="text-sm font-medium text-slate-900" data-testid={testId}>
        {children}
      </dd>
    </div>
  );
}

/** What the device is doing now, from the last monitoring round. */
export function DeviceStatusHeader({ device }: { device: Device }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  return (
    <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
      <div className="flex flex-wrap items-center gap-3">
        <StatusBadge status={device.status} flapping={device.flapping} since={device.statusSince} testId="device-status" className="px-3 py-1 text-sm" />
        <span className="font-mono text-sm text-slate-600" data-testid="device-detail-host">
          {device.host}
        </span>
        {device.towerId !== null && device.towerName ? (
          <span className="text-sm text-slate-600">
            ·{' '}
            <Link to={`/towers/${device.towerId}`} className="text-sky-700 hover:underline" data-testid="device-detail-tower">
              {device.towerName}
            </Link>
          </span>
        ) : null}
        {!device.enabled ? <span className="rounded bg-slate-200 px-2 py-0.5 text-xs text-slate-700">{t('devices.disabled')}</span> : null}
        {device.maintenance ? <MaintenanceBadge /> : null}
      </div>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
        <Fact label={t('deviceDetail.since')} testId="device-since">
          <span title={formatDateTime(device.statusSince, locale)}>{device.statusSince ? formatRelative(device.statusSince, locale) : '—'}</span>
        </Fact>
        <Fact label={t('deviceDetail.lastRtt')} testId="device-rtt">
          {formatMs(device.rttMs, locale)}
        </Fact>
        <Fact label={t('deviceDetail.lastLoss')} testId="device-loss">
          {formatPercent(device.lossPercent, locale)}
        </Fact>
        <Fact label={t('deviceDetail.lastCheck')} testId="device-last-check">
          <span title={formatDateTime(device.lastCheckAt, locale)}>{device.lastCheckAt ? formatRelative(device.lastCheckAt, locale) : t('common.never')}</span>
        </Fact>
        <Fact label={t('deviceDetail.threshold')}>{device.latencyThresholdMs ? formatMs(device.latencyThresholdMs, locale) : t('deviceDetail.thresholdDefault')}</Fact>
      </dl>
      {device.statusReason ? (
        <p className="text-sm text-slate-700" data-testid="device-reason">
          <span className="text-slate-500">{t('deviceDetail.reason')}:</span> <StatusReason reason={device.statusReason} device={device.statusReasonDevice} />
        </p>
      ) : null}
    </div>
  );
}
