import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonClass } from '../../components/ui/button';
import { PageHeader } from '../../components/ui/page-header';
import { EXPORT_DEVICES_URL } from '../../features/devices/api/export-devices';
import { ImportForm } from '../../features/devices/components/import-form';

export function EquipmentImportRoute() {
  const { t } = useTranslation();
  return (
    <div className="max-w-4xl">
      <PageHeader
        title={t('import.title')}
        actions={
          <>
            <a href={EXPORT_DEVICES_URL} download className={buttonClass('secondary')}>
              {t('devices.export')}
            </a>
            <Link to="/equipment" className={buttonClass('secondary')}>
              {t('common.back')}
            </Link>
          </>
        }
      />
      <ImportForm />
    </div>
  );
}
