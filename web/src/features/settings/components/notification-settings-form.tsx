import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotificationSettingsView } from '@server/http/routes/settings/schema.js';
import { Alert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { TextareaField, TextField } from '../../../components/ui/field';
import { isApiError } from '../../../lib/api-client';
import { useErrorMessage } from '../../../lib/use-error-message';
import { useSendTestNotification } from '../api/send-test-notification';
import { useUpdateNotificationSettings } from '../api/update-notification-settings';
import { isChatId, KEEP_SECRET, secretUpdate, splitList, type SecretInput } from '../secret-input';
import { SecretField } from './secret-field';
import { TestResults } from './test-results';

type FieldKey = 'token' | 'chatIds' | 'urls' | 'secret';

const SECTION = 'space-y-3 rounded-lg border border-slate-200 bg-white p-4';

/** Telegram and webhook destinations; secrets are write-only. */
export function NotificationSettingsForm({ settings }: { settings: NotificationSettingsView }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const update = useUpdateNotificationSettings();
  const test = useSendTestNotification();
  const [token, setToken] = useState<SecretInput>(KEEP_SECRET);
  const [chatText, setChatText] = useState(settings.telegram.chatIds.join('\n'));
  const [urlText, setUrlText] = useState(settings.webhooks.urls.join('\n'));
  const [secret, setSecret] = useState<SecretInput>(KEEP_SECRET);
  const [local, setLocal] = useState<Partial<Record<FieldKey, string>>>({});

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const chatIds = splitList(chatText);
    const telegramToken = secretUpdate(token);
    const errors: Partial<Record<FieldKey, string>> = {};
    // Chat ids are checked here to name the bad one; the token format and URLs are left to the server.
    const bad = chatIds.find((c) => !isChatId(c));
    if (bad !== undefined) errors.chatIds = `${t('settings.errors.chatIds')} (${bad})`;
    else if (chatIds.length === 0 && (telegramToken || (settings.telegram.tokenSet && telegramToken !== null))) errors.chatIds = t('settings.errors.chatIdsRequired');
    setLocal(errors);
    if (Object.keys(errors).length > 0) return;
    update.mutate(
      { telegramToken, telegramChatIds: chatIds, webhookUrls: splitList(urlText, false), webhookSecret: secretUpdate(secret) },
      {
        onSuccess: (view) => {
          setToken(KEEP_SECRET);
          setSecret(KEEP_SECRET);
          setChatText(view.telegram.chatIds.join('\n'));
          setUrlText(view.webhooks.urls.join('\n'));
          test.reset();
        },
      },
    );
  };

  // The server's messages name schema rules; each field gets a sentence in the user's language instead.
  const server: Partial<Record<FieldKey, string>> = {};
  let general: string | null = null;
  if (update.error) {
    const fields = isApiError(update.error) ? update.error.fields : {};
    for (const [field, message] of Object.entries(fields)) {
      if (field === 'telegramToken') server.token = t('settings.errors.token');
      else if (field.startsWith('telegramChatIds.')) server.chatIds = t('settings.errors.chatIds');
      else if (field === 'telegramChatIds') server.chatIds = message;
      else if (field.startsWith('webhookUrls')) server.urls = t('settings.errors.urls');
      else if (field === 'webhookSecret') server.secret = t('settings.errors.secret');
    }
    if (Object.keys(server).length === 0) general = errorMessage(update.error);
  }
  const errors = { ...server, ...local };
  const testError = test.error ? (isApiError(test.error) && test.error.code === 'NOT_CONFIGURED' ? t('settings.testNothing') : errorMessage(test.error)) : null;

  return (
    <form onSubmit={submit} noValidate className="space-y-4" data-testid="settings-form">
      <section className={SECTION}>
        <h2 className="text-base font-semibold text-slate-900">{t('settings.telegram.title')}</h2>
        <SecretField
          label={t('settings.telegram.token')}
          testId="settings-telegram-token"
          isSet={settings.telegram.tokenSet}
          setLabel={settings.telegram.botId ? t('settings.configuredBot', { botId: settings.telegram.botId }) : t('settings.configured')}
          value={token}
          onChange={setToken}
          error={errors.token}
        />
        <TextareaField
          label={t('settings.telegram.chatIds')}
          testId="settings-telegram-chats"
          rows={3}
          value={chatText}
          onChange={(e) => setChatText(e.target.value)}
          hint={t('settings.telegram.chatIdsHint')}
          error={errors.chatIds}
        />
        <TextField label={t('settings.telegram.apiUrl')} testId="settings-telegram-api-url" value={settings.telegram.apiUrl} readOnly disabled />
      </section>

      <section className={SECTION}>
        <h2 className="text-base font-semibold text-slate-900">{t('settings.webhooks.title')}</h2>
        <TextareaField
          label={t('settings.webhooks.urls')}
          testId="settings-webhook-urls"
          rows={3}
          value={urlText}
          onChange={(e) => setUrlText(e.target.value)}
          hint={t('settings.webhooks.urlsHint')}
          error={errors.urls}
        />
        <SecretField
          label={t('settings.webhooks.secret')}
          testId="settings-webhook-secret"
          isSet={settings.webhooks.secretSet}
          setLabel={t('settings.configured')}
          value={secret}
          onChange={setSecret}
          hint={t('settings.webhooks.secretHint')}
          error={errors.secret}
        />
      </section>

      {general ? <Alert tone="error">{general}</Alert> : null}
      {update.isSuccess ? (
        <Alert tone="success" testId="settings-saved">
          {t('settings.saved')}
        </Alert>
      ) : null}

      <div className="flex flex-wrap items-center justify-end gap-2">
        <span className="text-xs text-slate-500">{t('settings.testHint')}</span>
        <Button variant="secondary" onClick={() => test.mutate()} disabled={test.isPending} data-testid="settings-test">
          {test.isPending ? t('settings.testing') : t('settings.test')}
        </Button>
        <Button type="submit" disabled={update.isPending} data-testid="settings-save">
          {update.isPending ? t('common.saving') : t('common.save')}
        </Button>
      </div>
      {testError ? <Alert tone="error">{testError}</Alert> : null}
      {test.data ? <TestResults results={test.data.results} /> : null}
    </form>
  );
}
