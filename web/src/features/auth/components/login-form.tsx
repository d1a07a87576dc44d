import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '@server/http/routes/auth/schema.js';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextField } from '../../../components/ui/field';
import { isApiError } from '../../../lib/api-client';
import { useErrorMessage } from '../../../lib/use-error-message';
import { useLogin } from '../api/login';

export function LoginForm({ onSuccess }: { onSuccess: (user: User) => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const login = useLogin();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate({ email: email.trim(), password }, { onSuccess: ({ user }) => onSuccess(user) });
  };

  // One message for every 401, whatever the server said: no hint about which part was wrong.
  const error = login.error
    ? isApiError(login.error) && login.error.status === 401
      ? t('errors.INVALID_CREDENTIALS')
      : errorMessage(login.error)
    : null;

  return (
    <form onSubmit={submit} className="space-y-4" data-testid="login-form" noValidate>
      <TextField
        label={t('auth.email')}
        testId="login-email"
        type="email"
        autoComplete="username"
        required
        value={email}
        onChange={(e) => setEmail(e.target.value)}
      />
      <TextField
        label={t('auth.password')}
        testId="login-password"
        type="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      {error ? <Alert tone="error" testId="login-error">{error}</Alert> : null}
      <Button type="submit" className="w-full" data-testid="login-submit" disabled={login.isPending || !email || !password}>
        {login.isPending ? t('auth.submitting') : t('auth.submit')}
      </Button>
    </form>
  );
}
