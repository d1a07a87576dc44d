import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '@server/http/routes/auth/schema.js';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/field';
import { useErrorMessage } from '../../../lib/use-error-message';
import { useUpdateUser } from '../api/update-user';

/** Sets a new temporary password; the user must change it at next sign-in. */
export function ResetPasswordForm({ user, onDone }: { user: User; onDone: () => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const update = useUpdateUser();
  const [password, setPassword] = useState('');
  const [tooShort, setTooShort] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTooShort(password.length < 8);
    if (password.length < 8) return;
    update.mutate({ id: user.id, patch: { password, mustChangePassword: true } });
  };

  if (update.isSuccess) {
    return (
      <div className="space-y-4">
        <Alert tone="success" testId="reset-done">{t('users.resetDone')}</Alert>
        <div className="flex justify-end">
          <Button onClick={onDone}>{t('common.close')}</Button>
        </div>
      </div>
    );
  }

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <TextField
        label={t('users.tempPassword')}
        testId="reset-password"
        autoComplete="off"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={tooShort ? t('auth.tooShort') : undefined}
        hint={t('users.tempPasswordHint')}
      />
      {update.error ? <Alert tone="error">{errorMessage(update.error)}</Alert> : null}
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onDone}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" data-testid="reset-submit" disabled={update.isPending}>
          {t('users.resetPassword')}
        </Button>
      </div>
    </form>
  );
}
