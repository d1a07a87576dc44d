import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '@server/http/routes/auth/schema.js';
import { usePhone } from '../../../components/layouts/use-phone';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { Dialog } from '../../../components/ui/dialog';
import { Table, Td, Th, Tr } from '../../../components/ui/table';
import { useErrorMessage } from '../../../lib/use-error-message';
import { useDeleteUser } from '../api/delete-user';
import { ResetPasswordForm } from './reset-password-form';
import { UserForm } from './user-form';

type Action = { kind: 'edit' | 'reset' | 'delete'; user: User } | null;

export function UsersTable({ users, currentUserId }: { users: User[]; currentUserId: number }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const remove = useDeleteUser();
  const [action, setAction] = useState<Action>(null);
  const phone = usePhone();
  const close = () => {
    setAction(null);
    remove.reset();
  };

  const name = (user: User) => (
    <>
      <span className="font-medium">{user.name}</span> {user.id === currentUserId ? <span className="text-xs text-slate-500">{t('users.you')}</span> : null}
      {user.mustChangePassword ? <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs text-amber-800">{t('users.mustChange')}</span> : null}
    </>
  );
  const actions = (user: User) => (
    <>
      <Button variant="ghost" small onClick={() => setAction({ kind: 'edit', user })} data-testid={`user-edit-${user.id}`}>
        {t('common.edit')}
      </Button>
      <Button variant="ghost" small onClick={() => setAction({ kind: 'reset', user })} data-testid={`user-reset-${user.id}`}>
        {t('users.resetPassword')}
      </Button>
      {user.id !== currentUserId ? (
        <Button variant="ghost" small onClick={() => setAction({ kind: 'delete', user })} data-testid={`user-delete-${user.id}`}>
          {t('common.delete')}
        </Button>
      ) : null}
    </>
  );

  return (
    <>
      {phone ? (
        <ul className="space-y-2">
          {users.map((user) => (
            <li key={user.id} className="space-y-1 rounded-lg border border-slate-200 bg-white p-3 text-sm" data-testid={`user-row-${user.id}`}>
              <div className="break-words">{name(user)}</div>
              <div className="break-all text-xs text-slate-600">{user.email}</div>
              <div className="text-xs text-slate-600">{t(`roles.${user.role}`)}</div>
              <div className="-ml-2 flex flex-wrap">{actions(user)}</div>
            </li>
          ))}
        </ul>
      ) : (
        <Table>
          <thead>
            <tr>
              <Th>{t('users.name')}</Th>
              <Th>{t('users.email')}</Th>
              <Th>{t('users.role')}</Th>
              <Th>
                <span className="sr-only">{t('common.actions')}</span>
              </Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {users.map((user) => (
              <Tr key={user.id} data-testid={`user-row-${user.id}`}>
                <Td className="font-medium">{name(user)}</Td>
                <Td>{user.email}</Td>
                <Td>{t(`roles.${user.role}`)}</Td>
                <Td className="whitespace-nowrap text-right">{actions(user)}</Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
      <Dialog open={action?.kind === 'edit'} title={t('users.editTitle')} onClose={close}>
        {action?.kind === 'edit' ? <UserForm user={action.user} onSaved={close} onCancel={close} /> : null}
      </Dialog>
      <Dialog open={action?.kind === 'reset'} title={t('users.resetTitle', { name: action?.user.name ?? '' })} onClose={close}>
        {action?.kind === 'reset' ? <ResetPasswordForm user={action.user} onDone={close} /> : null}
      </Dialog>
      <ConfirmDialog
        open={action?.kind === 'delete'}
        title={t('common.delete')}
        message={t('common.confirmDelete', { name: action?.user.email ?? '' })}
        pending={remove.isPending}
        error={remove.error ? errorMessage(remove.error) : null}
        onClose={close}
        onConfirm={() => {
          if (action) remove.mutate(action.user.id, { onSuccess: close });
        }}
      />
    </>
  );
}
