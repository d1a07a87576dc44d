import { useTranslation } from 'react-i18next';
import { Link, Outlet, useNavigate } from 'react-router';
import { AppShell, type NavItem } from '../components/layouts/app-shell';
import { AlertCountBadge } from '../features/alerts/components/alert-count-badge';
import { useLogout } from '../features/auth/api/logout';
import { DatabaseBanner } from '../features/monitoring/components/database-banner';
import { IcmpBanner } from '../features/monitoring/components/icmp-banner';
import { isAdmin } from '../lib/permissions';
import { LanguageSwitch } from './language-switch';
import { useCurrentUser } from './session-context';
import { useLiveUpdates } from './use-live-updates';

export function AppLayout() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const logout = useLogout();
  const navigate = useNavigate();
  // One live stream for the whole signed-in app; it ends on logout with this layout.
  useLiveUpdates();

  const navItems: NavItem[] = [
    { to: '/', label: t('nav.dashboard'), testId: 'nav-dashboard', end: true },
    { to: '/map', label: t('nav.map'), testId: 'nav-map' },
    { to: '/equipment', label: t('nav.equipment'), testId: 'nav-equipment' },
    { to: '/towers', label: t('nav.towers'), testId: 'nav-towers' },
    { to: '/alerts', label: t('nav.alerts'), testId: 'nav-alerts', badge: <AlertCountBadge /> },
    { to: '/maintenance', label: t('nav.maintenance'), testId: 'nav-maintenance' },
    { to: '/synthetic', label: t('nav.synthetic'), testId: 'nav-synthetic' },
    { to: '/settings', label: t('nav.settings'), testId: 'nav-settings' },
    ...(isAdmin(user.role) ? [{ to: '/users', label: t('nav.users'), testId: 'nav-users' }] : []),
  ];

  const headerRight = (
    <>
      <LanguageSwitch dark />
      <Link to="/account/password" className="hidden rounded px-2 py-1 hover:bg-slate-800 sm:block" title={t('header.changePassword')} data-testid="user-menu">
        <span data-testid="current-user">{user.name}</span> <span className="text-xs text-slate-400">({t(`roles.${user.role}`)})</span>
      </Link>
      <button
        type="button"
        className="rounded border border-slate-600 px-2 py-1 hover:bg-slate-800"
        data-testid="logout"
        disabled={logout.isPending}
        onClick={() => logout.mutate(undefined, { onSettled: () => void navigate('/login', { replace: true }) })}
      >
        {t('header.logout')}
      </button>
    </>
  );

  // The header hides the account link on a phone; the menu has it there.
  const navFooter = (
    <Link to="/account/password" className="block rounded-md px-3 py-2 text-sm text-slate-700 hover:bg-slate-100" data-testid="nav-account">
      <span className="font-medium">{user.name}</span> <span className="text-xs text-slate-500">({t(`roles.${user.role}`)})</span>
      <span className="block text-xs text-slate-500">{t('header.changePassword')}</span>
    </Link>
  );

  return (
    <AppShell title={t('app.name')} menuLabel={t('nav.menu')} navItems={navItems} headerRight={headerRight} navFooter={navFooter}>
      <DatabaseBanner />
      <IcmpBanner />
      <Outlet />
    </AppShell>
  );
}
