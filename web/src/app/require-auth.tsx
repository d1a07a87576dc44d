import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Alert } from '../components/ui/alert';
import { Loading } from '../components/ui/spinner';
import { useMe } from '../features/auth/api/get-me';
import { useErrorMessage } from '../lib/use-error-message';
import { SessionContext } from './session-context';

interface RequireAuthProps {
  children: ReactNode;
  /** The forced password screen itself must not redirect to itself. */
  allowPendingPasswordChange?: boolean;
}

export function RequireAuth({ children, allowPendingPasswordChange = false }: RequireAuthProps) {
  const me = useMe();
  const location = useLocation();
  const errorMessage = useErrorMessage();

  if (me.isPending) return <Loading />;
  if (me.isError && me.data === undefined) {
    return (
      <div className="p-6">
        <Alert tone="error">{errorMessage(me.error)}</Alert>
      </div>
    );
  }
  const user = me.data ?? null;
  if (!user) {
    const next = location.pathname + location.search;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  if (user.mustChangePassword && !allowPendingPasswordChange) return <Navigate to="/change-password" replace />;
  if (!user.mustChangePassword && allowPendingPasswordChange) return <Navigate to="/" replace />;
  return <SessionContext.Provider value={user}>{children}</SessionContext.Provider>;
}
