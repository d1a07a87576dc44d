import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiToken, ApiTokenCreated } from '@server/http/routes/tokens/schema.js';
import { usePhone } from '../../../components/layouts/use-phone';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { Dialog } from '../../../components/ui/dialog';
import { EmptyRow, Table, Td, Th, Tr } from '../../../components/ui/table';
import { formatDateTime } from '../../../lib/format';
import { useErrorMessage } from '../../../lib/use-error-message';
import { useDeleteToken } from '../api/delete-token';
import { useTokens } from '../api/get-tokens';
import { TokenForm, type TokenUserOption } from './token-form';
import { TokenSecret } from './token-secret';

export function TokensSection({ users, currentUserId }: { users: TokenUserOption[]; currentUserId: number }) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const tokens = useTokens();
  const revoke = useDeleteToken();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<ApiTokenCreated | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const when = (iso: string | null) => formatDateTime(iso, i18n.language);
  const phone = usePhone();
  const revokeButton = (token: ApiToken) => (
    <Button variant="ghost" small onClick={() => setRevoking(token)} data-testid={`token-revoke-${token.id}`}>
      {t('tokens.revoke')}
    </Button>
  );

  const closeRevoke = () => {
    setRevoking(null);
    revoke.reset();
  };

  return (
    <section className="space-y-3" data-testid="tokens-section">
      <div className="flex items-center justify-between">
        <h2 className="text-lg font-semibold">{t('tokens.title')}</h2>
        <Button onClick={() => setCreating(true)} data-testid="token-new">
          {t('tokens.new')}
        </Button>
      </div>
      {tokens.error ? <Alert tone="error">{errorMessage(tokens.error)}</Alert> : null}
      {phone ? (
        <ul className="space-y-2">
          {tokens.data?.items.length === 0 ? <li className="rounded-lg border border-slate-200 bg-white p-4 text-center text-sm text-slate-500">{t('tokens.empty')}</li> : null}
          {tokens.data?.items.map((token) => (
            <li key={token.id} className="rounded-lg border border-slate-200 bg-white p-3 text-sm" data-testid={`token-row-${token.id}`}>
              <div className="flex items-start justify-between gap-2">
                <div className="min-w-0">
                  <div className="break-words font-medium">{token.name}</div>
                  <div className="break-all text-xs text-slate-600">{token.userEmail}</div>
                </div>
                {revokeButton(token)}
              </div>
              <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 text-xs text-slate-600">
                <dt>{t('tokens.createdAt')}</dt>
                <dd>{when(token.createdAt)}</dd>
                <dt>{t('tokens.expiresAt')}</dt>
                <dd>{token.expiresAt ? when(token.expiresAt) : t('common.never')}</dd>
                <dt>{t('tokens.lastUsedAt')}</dt>
                <dd>{token.lastUsedAt ? when(token.lastUsedAt) : t('common.never')}</dd>
              </dl>
            </li>
          ))}
        </ul>
      ) : (
        <Table>
          <thead>
            <tr>
              <Th>{t('tokens.name')}</Th>
              <Th>{t('tokens.user')}</Th>
              <Th>{t('tokens.createdAt')}</Th>
              <Th>{t('tokens.expiresAt')}</Th>
              <Th>{t('tokens.lastUsedAt')}</Th>
              <Th>
                <span className="sr-only">{t('common.actions')}</span>
              </Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {tokens.data?.items.length === 0 ? <EmptyRow colSpan={6}>{t('tokens.empty')}</EmptyRow> : null}
            {tokens.data?.items.map((token) => (
              <Tr key={token.id} data-testid={`token-row-${token.id}`}>
                <Td className="font-medium">{token.name}</Td>
                <Td>{token.userEmail}</Td>
                <Td className="whitespace-nowrap">{when(token.createdAt)}</Td>
                <Td className="whitespace-nowrap">{token.expiresAt ? when(token.expiresAt) : t('common.never')}</Td>
                <Td className="whitespace-nowrap">{token.lastUsedAt ? when(token.lastUsedAt) : t('common.never')}</Td>
                <Td className="text-right">{revokeButton(token)}</Td>
              </Tr>
            ))}
          </tbody>
        </Table>
      )}
      <Dialog open={creating} title={t('tokens.new')} onClose={() => setCreating(false)}>
        <TokenForm
          users={users}
          defaultUserId={currentUserId}
          onCancel={() => setCreating(false)}
          onCreated={(result) => {
            setCreating(false);
            setCreated(result);
          }}
        />
      </Dialog>
      <Dialog open={created !== null} title={t('tokens.secretTitle')} onClose={() => setCreated(null)} testId="token-secret-dialog">
        {created ? <TokenSecret secret={created.token} onClose={() => setCreated(null)} /> : null}
      </Dialog>
      <ConfirmDialog
        open={revoking !== null}
        title={t('tokens.revoke')}
        message={t('tokens.confirmRevoke', { name: revoking?.name ?? '' })}
        confirmLabel={t('tokens.revoke')}
        pending={revoke.isPending}
        error={revoke.error ? errorMessage(revoke.error) : null}
        onClose={closeRevoke}
        onConfirm={() => {
          if (revoking) revoke.mutate(revoking.id, { onSuccess: closeRevoke });
        }}
      />
    </section>
  );
}
