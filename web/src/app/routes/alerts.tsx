import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { AlertsBrowser } from '../../features/alerts/components/alerts-browser';
import { canWrite } from '../../lib/permissions';
import { useCurrentUser } from '../session-context';

/** Open alerts and their history; operators and admins acknowledge, viewers read. */
export function AlertsRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <div data-testid="page-alerts">
      <PageHeader title={t('alerts.title')} />
      <AlertsBrowser canAcknowledge={canWrite(user.role)} />
    </div>
  );
}
