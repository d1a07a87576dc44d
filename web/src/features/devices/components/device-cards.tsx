import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Device } from '@server/http/routes/devices/schema.js';
import { StatusBadge } from '../../../components/ui/status-badge';
import { useNow } from '../../../lib/use-now';
import { formatSince } from '../format-since';
import { MaintenanceBadge } from './maintenance-badge';
import type { Selection } from './use-selection';

/** The equipment list on a phone: one card per device with status, name, tower and since. */
export function DeviceCards({ devices, loading, selection }: { devices: Device[]; loading: boolean; selection?: Selection }) {
  const { t } = useTranslation();
  const now = useNow(30_000);
  if (devices.length === 0 && !loading) return <p className="rounded-lg border border-slate-200 bg-white p-4 text-center text-sm text-slate-500">{t('devices.empty')}</p>;
  return (
    <ul className={`space-y-2 ${loading ? 'opacity-60' : ''}`} aria-label={t('equipmentList.cards')} data-testid="device-cards">
      {devices.map((device) => (
        <li key={device.id} className="flex min-w-0 items-start gap-3 rounded-lg border border-slate-200 bg-white p-3" data-testid={`device-card-${device.id}`}>
          {selection ? (
            <input
              type="checkbox"
              className="mt-1 size-5 shrink-0"
              aria-label={t('equipmentList.selectRow', { name: device.name })}
              checked={selection.has(device.id)}
              onChange={() => selection.toggle(device.id)}
            />
          ) : null}
          <div className="min-w-0 flex-1 space-y-1">
            <div className="flex min-w-0 items-center justify-between gap-2">
              <Link to={`/equipment/${device.id}`} className="truncate font-medium text-sky-700 hover:underline">
                {device.name}
              </Link>
              <span className="shrink-0 text-xs tabular-nums text-slate-600">{formatSince(device.statusSince, now)}</span>
            </div>
            <div className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
              <StatusBadge status={device.status} flapping={device.flapping} since={device.statusSince} />
              {device.maintenance ? <MaintenanceBadge /> : null}
              {device.towerId !== null && device.towerName ? (
                <Link to={`/towers/${device.towerId}`} className="truncate hover:underline">
                  {device.towerName}
                </Link>
              ) : null}
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
