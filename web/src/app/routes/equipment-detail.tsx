import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { Alert } from '../../components/ui/alert';
import { PageHeader } from '../../components/ui/page-header';
import { Loading } from '../../components/ui/spinner';
import { useDevice } from '../../features/devices/api/get-device';
import { DeleteDeviceButton } from '../../features/devices/components/delete-device-button';
import { DeviceForm } from '../../features/devices/components/device-form';
import { DeviceStatusHeader } from '../../features/devices/components/device-status-header';
import { LatencyPanel } from '../../features/devices/components/latency-panel';
import { useEvents } from '../../features/monitoring/api/get-events';
import { EventsTable } from '../../features/monitoring/components/events-table';
import { cn } from '../../lib/cn';
import { canWrite } from '../../lib/permissions';
import { useErrorMessage } from '../../lib/use-error-message';
import { useCurrentUser } from '../session-context';
import { useTowerOptions } from '../use-tower-options';

type Tab = 'overview' | 'edit';

/** A device's live status, latency history and status changes; the edit form is its second tab. */
export function EquipmentDetailRoute() {
  const { t } = useTranslation();
  const { id } = useParams();
  const deviceId = Number(id);
  const navigate = useNavigate();
  const user = useCurrentUser();
  const errorMessage = useErrorMessage();
  const [search, setSearch] = useSearchParams();
  const tab: Tab = search.get('tab') === 'edit' ? 'edit' : 'overview';
  const device = useDevice(deviceId);
  const events = useEvents({ deviceId, limit: 50 });
  const towers = useTowerOptions();
  const writable = canWrite(user.role);

  const showTab = (next: Tab) => setSearch(next === 'edit' ? { tab: 'edit' } : {}, { replace: true });

  if (device.isPending) return <Loading />;
  if (device.error) return <Alert tone="error">{errorMessage(device.error)}</Alert>;

  // Viewers only get the overview; the form is for those who may write.
  const tabs: { key: Tab; label: string }[] = [{ key: 'overview', label: t('deviceDetail.overview') }, ...(writable ? [{ key: 'edit' as const, label: t('deviceDetail.edit') }] : [])];

  return (
    <div className="max-w-6xl space-y-4">
      <PageHeader
        title={<span data-testid="device-title">{device.data.name}</span>}
        actions={writable ? <DeleteDeviceButton device={device.data} onDeleted={() => void navigate('/equipment', { replace: true })} /> : null}
      />
      <div role="tablist" className="flex gap-1 border-b border-slate-200">
        {tabs.map((item) => (
            <button
              key={item.key}
              type="button"
              role="tab"
              aria-selected={tab === item.key}
              data-testid={`device-tab-${item.key}`}
              onClick={() => showTab(item.key)}
              className={cn('-mb-px border-b-2 px-3 py-2 text-sm font-medium', tab === item.key ? 'border-sky-700 text-sky-800' : 'border-transparent text-slate-600 hover:text-slate-900')}
            >
              {item.label}
            </button>
          ))}
      </div>
      {tab === 'edit' && writable ? (
        towers.isPending ? (
          <Loading />
        ) : (
          <div className="max-w-3xl">
            <DeviceForm key={device.data.id} device={device.data} towers={towers.options} onSaved={() => showTab('overview')} onCancel={() => showTab('overview')} />
          </div>
        )
      ) : (
        <>
          <DeviceStatusHeader device={device.data} />
          <LatencyPanel deviceId={device.data.id} />
          <section className="space-y-2">
            <h2 className="text-base font-semibold text-slate-900">{t('deviceDetail.events')}</h2>
            {events.error ? <Alert tone="error">{errorMessage(events.error)}</Alert> : null}
            <EventsTable events={events.data?.items ?? []} loading={events.isPending} testId="device-events" showDevice={false} />
          </section>
        </>
      )}
    </div>
  );
}
