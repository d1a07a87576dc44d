import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { Alert } from '../../components/ui/alert';
import { PageHeader } from '../../components/ui/page-header';
import { Loading } from '../../components/ui/spinner';
import { useDevice } from '../../features/devices/api/get-device';
import { DeleteDeviceButton } from '../../features/devices/components/delete-device-button';
import { DeviceForm } from '../../features/devices/components/device-form';
import { canWrite } from '../../lib/permissions';
import { useErrorMessage } from '../../lib/use-error-message';
import { useCurrentUser } from '../session-context';
import { useTowerOptions } from '../use-tower-options';

export function EquipmentEditRoute() {
  const { t } = useTranslation();
  const { id } = useParams();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const errorMessage = useErrorMessage();
  const device = useDevice(Number(id));
  const towers = useTowerOptions();
  const writable = canWrite(user.role);

  if (device.isPending || towers.isPending) return <Loading />;
  if (device.error) return <Alert tone="error">{errorMessage(device.error)}</Alert>;

  return (
    <div className="max-w-3xl">
      <PageHeader
        title={`${t('devices.editTitle')}: ${device.data.name}`}
        actions={writable ? <DeleteDeviceButton device={device.data} onDeleted={() => void navigate('/equipment', { replace: true })} /> : null}
      />
      <fieldset disabled={!writable}>
        <DeviceForm key={device.data.id} device={device.data} towers={towers.options} onSaved={() => void navigate('/equipment')} onCancel={() => void navigate(-1)} />
      </fieldset>
    </div>
  );
}
