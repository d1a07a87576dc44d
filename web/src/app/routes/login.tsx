import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { Loading } from '../../components/ui/spinner';
import { useMe } from '../../features/auth/api/get-me';
import { LoginForm } from '../../features/auth/components/login-form';
import { LanguageSwitch } from '../language-switch';

/** Only same-app paths are followed after login. */
const safeNext = (next: string | null): string => (next && next.startsWith('/') && !next.startsWith('//') ? next : '/');

export function LoginRoute() {
  const { t } = useTranslation();
  const me = useMe();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  const next = safeNext(search.get('next'));

  if (me.isPending) return <Loading />;
  if (me.data) return <Navigate to={me.data.mustChangePassword ? '/change-password' : next} replace />;

  return (
    <div className="flex min-h-screen items-center justify-center bg-slate-100 p-4">
      <div className="w-full max-w-sm space-y-6 rounded-lg bg-white p-6 shadow">
        <div className="flex items-start justify-between gap-2">
          <div>
            <h1 className="text-2xl font-bold text-slate-900">{t('app.name')}</h1>
            <p className="text-sm text-slate-500">{t('app.tagline')}</p>
          </div>
          <LanguageSwitch />
        </div>
        <h2 className="text-lg font-semibold">{t('auth.loginTitle')}</h2>
        <LoginForm onSuccess={(user) => void navigate(user.mustChangePassword ? '/change-password' : next, { replace: true })} />
      </div>
    </div>
  );
}
