import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiTokenCreated } from '@server/http/routes/tokens/schema.js';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { SelectField, TextField } from '../../../components/ui/field';
import { isApiError } from '../../../lib/api-client';
import { useErrorMessage } from '../../../lib/use-error-message';
import { useCreateToken } from '../api/create-token';

export interface TokenUserOption {
  id: number;
  label: string;
}

interface TokenFormProps {
  users: TokenUserOption[];
  defaultUserId: number;
  onCreated: (created: ApiTokenCreated) => void;
  onCancel: () => void;
}

export function TokenForm({ users, defaultUserId, onCreated, onCancel }: TokenFormProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const create = useCreateToken();
  const [name, setName] = useState('');
  const [userId, setUserId] = useState(String(defaultUserId));
  const [days, setDays] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const errors: Record<string, string> = {};
    const expires = days.trim() ? Number(days) : undefined;
    if (!name.trim()) errors.name = t('common.required');
    if (expires !== undefined && (!Number.isInteger(expires) || expires < 1 || expires > 3650)) errors.expiresInDays = '1 … 3650';
    setLocal(errors);
    if (Object.keys(errors).length > 0) return;
    create.mutate({ name: name.trim(), userId: Number(userId), ...(expires ? { expiresInDays: expires } : {}) }, { onSuccess: onCreated });
  };

  const fields: Record<string, string> = { ...(isApiError(create.error) ? create.error.fields : {}), ...local };

  return (
    <form onSubmit={submit} className="space-y-4" noValidate data-testid="token-form">
      <TextField label={t('tokens.name')} testId="token-name" value={name} onChange={(e) => setName(e.target.value)} error={fields.name} maxLength={100} />
      <SelectField label={t('tokens.user')} testId="token-user" value={userId} onChange={(e) => setUserId(e.target.value)} error={fields.userId}>
        {users.map((user) => (
          <option key={user.id} value={user.id}>
            {user.label}
          </option>
        ))}
      </SelectField>
      <TextField
        label={t('tokens.expiresInDays')}
        testId="token-expires"
        inputMode="numeric"
        value={days}
        onChange={(e) => setDays(e.target.value)}
        error={fields.expiresInDays}
        hint={t('tokens.expiresHint')}
      />
      {create.error && !isApiError(create.error) ? <Alert tone="error">{errorMessage(create.error)}</Alert> : null}
      {isApiError(create.error) && create.error.code !== 'VALIDATION' ? <Alert tone="error">{errorMessage(create.error)}</Alert> : null}
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button type="submit" data-testid="token-submit" disabled={create.isPending}>
          {t('common.create')}
        </Button>
      </div>
    </form>
  );
}
