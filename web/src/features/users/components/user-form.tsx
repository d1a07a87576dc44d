import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Role, User } from '@server/http/routes/auth/schema.js';
import { Alert } from '../../../components/ui/alert';
import { FormActions } from '../../../components/ui/form-actions';
import { SelectField, TextField } from '../../../components/ui/field';
import { isApiError } from '../../../lib/api-client';
import { useErrorMessage } from '../../../lib/use-error-message';
import { useCreateUser } from '../api/create-user';
import { useUpdateUser } from '../api/update-user';
import { isRole, ROLES } from '../roles';

interface UserFormProps {
  user?: User;
  onSaved: (user: User) => void;
  onCancel: () => void;
}

/** Create (with a temporary password) or edit name and role. */
export function UserForm({ user, onSaved, onCancel }: UserFormProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const create = useCreateUser();
  const update = useUpdateUser();
  const mutation = user ? update : create;
  const [email, setEmail] = useState(user?.email ?? '');
  const [name, setName] = useState(user?.name ?? '');
  const [role, setRole] = useState<Role>(user?.role ?? 'operator');
  const [password, setPassword] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (!name.trim()) errors.name = t('common.required');
    if (!user && !email.trim()) errors.email = t('common.required');
    if (!user && password.length < 8) errors.password = t('auth.tooShort');
    setLocal(errors);
    if (Object.keys(errors).length > 0) return;
    if (user) update.mutate({ id: user.id, patch: { name: name.trim(), role } }, { onSuccess: onSaved });
    else create.mutate({ email: email.trim(), name: name.trim(), role, password, mustChangePassword: true }, { onSuccess: onSaved });
  };

  const error = mutation.error;
  const fields: Record<string, string> = { ...(isApiError(error) ? error.fields : {}), ...local };
  if (isApiError(error) && error.code === 'DUPLICATE_EMAIL') fields.email = t('errors.DUPLICATE_EMAIL');
  const general = error && !(isApiError(error) && (error.code === 'DUPLICATE_EMAIL' || error.code === 'VALIDATION')) ? errorMessage(error) : null;

  return (
    <form onSubmit={submit} className="space-y-4" noValidate data-testid="user-form">
      <TextField label={t('users.email')} testId="user-email" type="email" value={email} onChange={(e) => setEmail(e.target.value)} error={fields.email} disabled={Boolean(user)} />
      <TextField label={t('users.name')} testId="user-name" value={name} onChange={(e) => setName(e.target.value)} error={fields.name} />
      <SelectField
        label={t('users.role')}
        testId="user-role"
        value={role}
        onChange={(e) => {
          if (isRole(e.target.value)) setRole(e.target.value);
        }}
        error={fields.role}
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`roles.${r}`)}
          </option>
        ))}
      </SelectField>
      {!user ? (
        <TextField
          label={t('users.tempPassword')}
          testId="user-password"
          type="text"
          autoComplete="off"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={fields.password}
          hint={t('users.tempPasswordHint')}
        />
      ) : null}
      {general ? <Alert tone="error">{general}</Alert> : null}
      <FormActions onCancel={onCancel} pending={mutation.isPending} submitTestId="user-submit" />
    </form>
  );
}
