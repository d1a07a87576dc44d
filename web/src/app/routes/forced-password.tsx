import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useLogout } from '../../features/auth/api/logout';
import { ChangePasswordForm } from '../../features/auth/components/change-password-form';
import { LanguageSwitch } from '../language-switch';
import { useCurrentUser } from '../session-context';

/** Nothing else is reachable until the temporary password is replaced: no navigation here. */
export function ForcedPasswordRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const logout = useLogout();

  return (
    <div className="flex min-h-screen items-center justify-center bg-slate-100 p-4">
      <div className="w-full max-w-sm space-y-4 rounded-lg bg-white p-6 shadow" data-testid="forced-password">
        <div className="flex items-start justify-between gap-2">
          <h1 className="text-xl font-semibold">{t('auth.changeTitle')}</h1>
          <LanguageSwitch />
        </div>
        <p className="text-sm text-slate-600">{t('auth.changeForcedIntro')}</p>
        <p className="text-sm font-medium">{user.email}</p>
        <ChangePasswordForm onSuccess={() => void navigate('/', { replace: true })} />
        <button
          type="button"
          className="w-full text-center text-sm text-slate-500 hover:underline"
          data-testid="logout"
          onClick={() => logout.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) })}
        >
          {t('header.logout')}
        </button>
      </div>
    </div>
  );
}
