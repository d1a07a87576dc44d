import { useTranslation } from 'react-i18next';
import { Alert } from '../../components/ui/alert';
import { PageHeader } from '../../components/ui/page-header';
import { Loading } from '../../components/ui/spinner';
import { useNotificationSettings } from '../../features/settings/api/get-notification-settings';
import { NotificationSettingsForm } from '../../features/settings/components/notification-settings-form';
import { useAlertSeverity } from '../../features/settings/api/get-alert-severity';
import { AlertSeverityForm } from '../../features/settings/components/alert-severity-form';
import { isAdmin } from '../../lib/permissions';
import { useErrorMessage } from '../../lib/use-error-message';
import { useCurrentUser } from '../session-context';

export function SettingsRoute() {
  const { t } = useTranslation();
  const admin = isAdmin(useCurrentUser().role);
  const errorMessage = useErrorMessage();
  const settings = useNotificationSettings({ enabled: admin });
  const severity = useAlertSeverity({ enabled: admin });

  return (
    <div className="max-w-3xl space-y-4" data-testid="page-settings">
      <PageHeader title={t('settings.title')} />
      {!admin ? (
        <Alert tone="info" testId="settings-admin-only">
          {t('settings.adminOnly')}
        </Alert>
      ) : settings.error ? (
        <Alert tone="error">{errorMessage(settings.error)}</Alert>
      ) : settings.isPending ? (
        <Loading />
      ) : (
        <>
          <p className="text-sm text-slate-600">{t('settings.intro')}</p>
          <NotificationSettingsForm settings={settings.data} />
          {severity.error ? <Alert tone="error">{errorMessage(severity.error)}</Alert> : severity.data ? <AlertSeverityForm settings={severity.data} /> : <Loading />}
        </>
      )}
    </div>
  );
}
