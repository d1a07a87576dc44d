import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { Alert } from '../../components/ui/alert';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { PageHeader } from '../../components/ui/page-header';
import { Loading } from '../../components/ui/spinner';
import { TokensSection } from '../../features/tokens/components/tokens-section';
import { useUsers } from '../../features/users/api/get-users';
import { UserForm } from '../../features/users/components/user-form';
import { UsersTable } from '../../features/users/components/users-table';
import { isAdmin } from '../../lib/permissions';
import { useErrorMessage } from '../../lib/use-error-message';
import { useCurrentUser } from '../session-context';

export function UsersRoute() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const admin = isAdmin(user.role);
  const errorMessage = useErrorMessage();
  const users = useUsers({ enabled: admin });
  const [creating, setCreating] = useState(false);

  if (!admin) return <Navigate to="/" replace />;

  const tokenUsers = (users.data?.items ?? []).map((u) => ({ id: u.id, label: `${u.name} <${u.email}>` }));

  return (
    <div className="space-y-8">
      <section className="space-y-3">
        <PageHeader
          title={t('users.title')}
          actions={
            <Button onClick={() => setCreating(true)} data-testid="user-new">
              {t('users.new')}
            </Button>
          }
        />
        {users.error ? <Alert tone="error">{errorMessage(users.error)}</Alert> : null}
        {users.isPending ? <Loading /> : <UsersTable users={users.data?.items ?? []} currentUserId={user.id} />}
      </section>
      <TokensSection users={tokenUsers.length > 0 ? tokenUsers : [{ id: user.id, label: user.email }]} currentUserId={user.id} />
      <Dialog open={creating} title={t('users.new')} onClose={() => setCreating(false)}>
        {creating ? <UserForm onSaved={() => setCreating(false)} onCancel={() => setCreating(false)} /> : null}
      </Dialog>
    </div>
  );
}
