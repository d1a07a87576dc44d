import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../components/ui/page-header';
import { TowerForm } from '../../features/towers/components/tower-form';

export function TowerNewRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <div className="max-w-2xl">
      <PageHeader title={t('towers.new')} />
      <TowerForm onSaved={() => void navigate('/towers')} onCancel={() => void navigate('/towers')} />
    </div>
  );
}
