import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { Loading } from '../../components/ui/spinner';
import { DeviceForm } from '../../features/devices/components/device-form';
import { useTowerOptions } from '../use-tower-options';

export function EquipmentNewRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const towers = useTowerOptions();
  const defaultTowerId = Number(search.get('tower')) || undefined;
  if (towers.isPending) return <Loading />;
  return (
    <div className="max-w-3xl">
      <PageHeader title={t('devices.new')} />
      <DeviceForm towers={towers.options} defaultTowerId={defaultTowerId} onSaved={() => void navigate('/equipment')} onCancel={() => void navigate(-1)} />
    </div>
  );
}
