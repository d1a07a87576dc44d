import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/ui/page-header';
import { ChangePasswordForm } from '../../features/auth/components/change-password-form';
import { useCurrentUser } from '../session-context';

export function AccountPasswordRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <div className="max-w-md">
      <PageHeader title={t('header.changePassword')} />
      <p className="mb-4 text-sm text-slate-600">
        {user.name} · {user.email}
      </p>
      <ChangePasswordForm onSuccess={() => undefined} />
    </div>
  );
}
