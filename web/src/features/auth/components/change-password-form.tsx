import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '@server/http/routes/auth/schema.js';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/field';
import { isApiError } from '../../../lib/api-client';
import { useErrorMessage } from '../../../lib/use-error-message';
import { useChangePassword } from '../api/change-password';

const MIN_LENGTH = 8;

export function ChangePasswordForm({ onSuccess }: { onSuccess: (user: User) => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const mutation = useChangePassword();
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [confirm, setConfirm] = useState('');
  const [touched, setTouched] = useState(false);

  const tooShort = newPassword.length > 0 && newPassword.length < MIN_LENGTH;
  const mismatch = confirm.length > 0 && confirm !== newPassword;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!currentPassword || newPassword.length < MIN_LENGTH || confirm !== newPassword) return;
    mutation.mutate({ currentPassword, newPassword }, { onSuccess });
  };

  const serverError = mutation.error;
  const serverFields = isApiError(serverError) ? serverError.fields : {};
  // A 400 that does not blame the new password means the current one was wrong.
  const wrongCurrent = isApiError(serverError) && serverError.status === 400 && !serverFields.newPassword;
  const currentError = wrongCurrent ? t('auth.wrongCurrent') : touched && !currentPassword ? t('common.required') : undefined;
  const newError = serverFields.newPassword ?? (tooShort || (touched && newPassword.length < MIN_LENGTH) ? t('auth.tooShort') : undefined);
  const confirmError = mismatch || (touched && confirm !== newPassword) ? t('auth.mismatch') : undefined;
  const generalError = serverError && !(isApiError(serverError) && serverError.status === 400) ? errorMessage(serverError) : null;

  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <TextField
        label={t('auth.currentPassword')}
        testId="current-password"
        type="password"
        autoComplete="current-password"
        value={currentPassword}
        error={currentError}
        onChange={(e) => setCurrent(e.target.value)}
      />
      <TextField
        label={t('auth.newPassword')}
        testId="new-password"
        type="password"
        autoComplete="new-password"
        hint={t('auth.passwordHint')}
        value={newPassword}
        error={newError}
        onChange={(e) => setNew(e.target.value)}
      />
      <TextField
        label={t('auth.confirmPassword')}
        testId="confirm-password"
        type="password"
        autoComplete="new-password"
        value={confirm}
        error={confirmError}
        onChange={(e) => setConfirm(e.target.value)}
      />
      {generalError ? <Alert tone="error">{generalError}</Alert> : null}
      {mutation.isSuccess ? <Alert tone="success" testId="password-changed">{t('auth.changed')}</Alert> : null}
      <Button type="submit" className="w-full" data-testid="password-submit" disabled={mutation.isPending}>
        {mutation.isPending ? t('common.saving') : t('auth.changeSubmit')}
      </Button>
    </form>
  );
}
