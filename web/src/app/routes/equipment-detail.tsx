import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { Alert } from '../../components/ui/alert';
import { buttonClass } from '../../components/ui/button';
import { PageHeader } from '../../components/ui/page-header';
import { Loading } from '../../components/ui/spinner';
import { useDevice } from '../../features/devices/api/get-device';
import { DeleteDeviceButton } from '../../features/devices/components/delete-device-button';
import { DeviceForm } from '../../features/devices/components/device-form';
import { DeviceStatusHeader } from '../../features/devices/components/device-status-header';
import { LatencyPanel } from '../../features/devices/components/latency-panel';
import { useAnomalies } from '../../features/anomalies/api/get-anomalies';
import { useEvents } from '../../features/monitoring/api/get-events';
import { EventsTable } from '../../features/monitoring/components/events-table';
import { InterfacesPanel } from '../../features/snmp/components/interfaces-panel';
import { SnmpEvents } from '../../features/snmp/components/snmp-events';
import { SnmpSection } from '../../features/snmp/components/snmp-section';
import { WirelessPanel } from '../../features/snmp/components/wireless-panel';
import { cn } from '../../lib/cn';
import { canWrite } from '../../lib/permissions';
import { useErrorMessage } from '../../lib/use-error-message';
import { useCurrentUser } from '../session-context';
import { useTowerOptions } from '../use-tower-options';

const TABS = ['overview', 'interfaces', 'wireless', 'edit'] as const;
type Tab = (typeof TABS)[number];
const isTab = (value: string | null): value is Tab => (TABS as readonly (string | null)[]).includes(value);

/** A device's live status and latency, its SNMP interfaces and radios, and the edit form. */
export function EquipmentDetailRoute() {
  const { t } = useTranslation();
  const { id } = useParams();
  const deviceId = Number(id);
  const navigate = useNavigate();
  const user = useCurrentUser();
  const errorMessage = useErrorMessage();
  const [search, setSearch] = useSearchParams();
  const asked = search.get('tab');
  const writable = canWrite(user.role);
  // Viewers only read; the form is for those who may write.
  const tab: Tab = isTab(asked) && (asked !== 'edit' || writable) ? asked : 'overview';
  const device = useDevice(deviceId);
  const events = useEvents({ deviceId, limit: 50 });
  const towers = useTowerOptions();
  const anomalies = useAnomalies({ deviceId, limit: 200 });
  const marksFor = (metrics: string[]) =>
    (anomalies.data?.items ?? []).filter((a) => metrics.includes(a.metric)).map((a) => ({ id: a.id, from: Date.parse(a.startedAt), to: a.endedAt === null ? null : Date.parse(a.endedAt), index: a.index, metric: a.metric }));

  const showTab = (next: Tab) => setSearch(next === 'overview' ? {} : { tab: next }, { replace: true });

  if (device.isPending) return <Loading />;
  if (device.error) return <Alert tone="error">{errorMessage(device.error)}</Alert>;

  const configured = device.data.snmp !== null;
  const tabs = TABS.filter((key) => key !== 'edit' || writable);

  return (
    <div className="max-w-6xl space-y-4">
      <PageHeader
        title={<span data-testid="device-title">{device.data.name}</span>}
        actions={
          writable ? (
            <>
              <Link to={`/maintenance?scope=device&targetId=${device.data.id}`} className={buttonClass('secondary')} data-testid="device-maintenance">
                {t('maintenance.putInMaintenance')}
              </Link>
              <DeleteDeviceButton device={device.data} onDeleted={() => void navigate('/equipment', { replace: true })} />
            </>
          ) : null
        }
      />
      <div role="tablist" className="flex gap-1 overflow-x-auto border-b border-slate-200">
        {tabs.map((key) => (
          <button
            key={key}
            type="button"
            role="tab"
            aria-selected={tab === key}
            data-testid={`device-tab-${key}`}
            onClick={() => showTab(key)}
            className={cn('-mb-px whitespace-nowrap border-b-2 px-3 py-2 text-sm font-medium', tab === key ? 'border-sky-700 text-sky-800' : 'border-transparent text-slate-600 hover:text-slate-900')}
          >
            {t(`deviceDetail.${key}`)}
          </button>
        ))}
      </div>
      {tab === 'edit' ? (
        towers.isPending ? (
          <Loading />
        ) : (
          <div className="max-w-3xl">
            <DeviceForm key={device.data.id} device={device.data} towers={towers.options} onSaved={() => showTab('overview')} onCancel={() => showTab('overview')} />
          </div>
        )
      ) : null}
      {tab === 'overview' ? (
        <>
          <DeviceStatusHeader device={device.data} />
          <SnmpSection deviceId={deviceId} configured={configured} writable={writable} />
          <LatencyPanel deviceId={device.data.id} marks={marksFor(['rtt', 'loss'])} />
          <section className="space-y-2">
            <h2 className="text-base font-semibold text-slate-900">{t('deviceDetail.events')}</h2>
            {events.error ? <Alert tone="error">{errorMessage(events.error)}</Alert> : null}
            <EventsTable events={events.data?.items ?? []} loading={events.isPending} testId="device-events" showDevice={false} />
          </section>
          {configured ? <SnmpEvents deviceId={deviceId} /> : null}
        </>
      ) : null}
      {tab === 'interfaces' ? (
        <SnmpSection deviceId={deviceId} configured={configured} writable={writable}>
          {(view) => <InterfacesPanel deviceId={deviceId} interfaces={view.interfaces} marks={marksFor(['traffic_in', 'traffic_out'])} />}
        </SnmpSection>
      ) : null}
      {tab === 'wireless' ? (
        <SnmpSection deviceId={deviceId} configured={configured} writable={writable}>
          {(view) => <WirelessPanel deviceId={deviceId} view={view} />}
        </SnmpSection>
      ) : null}
    </div>
  );
}
