import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { buttonClass } from '../../components/ui/button';
import { PageHeader } from '../../components/ui/page-header';
import { EXPORT_DEVICES_URL } from '../../features/devices/api/export-devices';
import { DeviceBrowser } from '../../features/devices/components/device-browser';
import { canWrite } from '../../lib/permissions';
import { useCurrentUser } from '../session-context';
import { useTowerOptions } from '../use-tower-options';

export function EquipmentListRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const towers = useTowerOptions();
  return (
    <div>
      <PageHeader
        title={t('devices.title')}
        actions={
          <>
            <a href={EXPORT_DEVICES_URL} download className={buttonClass('secondary')} data-testid="device-export">
              {t('devices.export')}
            </a>
            {canWrite(user.role) ? (
              <>
                <Link to="/equipment/import" className={buttonClass('secondary')} data-testid="device-import">
                  {t('devices.import')}
                </Link>
                <Link to="/equipment/new" className={buttonClass()} data-testid="device-new">
                  {t('devices.new')}
                </Link>
              </>
            ) : null}
          </>
        }
      />
      <DeviceBrowser towers={towers.options} writable={canWrite(user.role)} />
    </div>
  );
}
