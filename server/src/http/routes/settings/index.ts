import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { NotificationSettings } from '../../../alerting/channels.js';
import { ErrorResponse } from '../../common-schema.js';
import type { AppDeps } from '../../app.js';
import { invalid } from '../../errors.js';
import { AlertSeveritySettings, AlertSeverityUpdate, NotificationSettingsUpdate, NotificationSettingsView, TestResults } from './schema.js';

export const settingsRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const tags = ['settings'];
  const admin = { auth: 'admin' as const };
  const view = (s: NotificationSettings): NotificationSettingsView => ({
    telegram: { tokenSet: s.telegramToken !== null, botId: s.telegramToken?.split(':')[0] ?? null, chatIds: s.telegramChatIds, apiUrl: deps.config.TELEGRAM_API_URL },
    webhooks: { urls: s.webhookUrls, secretSet: s.webhookSecret !== null },
  });

  app.get('/notifications', { config: admin, schema: { tags, response: { 200: NotificationSettingsView } } }, async () => view(deps.alerting.channels.settings));

  app.put(
    '/notifications',
    { config: admin, schema: { tags, body: NotificationSettingsUpdate, response: { 200: NotificationSettingsView, 400: ErrorResponse } } },
    async (request) => {
      const b = request.body;
      const current = deps.alerting.channels.settings;
      const next: NotificationSettings = {
        telegramToken: b.telegramToken === undefined ? current.telegramToken : b.telegramToken,
        telegramChatIds: b.telegramChatIds ?? current.telegramChatIds,
        webhookUrls: b.webhookUrls ?? current.webhookUrls,
        webhookSecret: b.webhookSecret === undefined ? current.webhookSecret : b.webhookSecret,
      };
      if (next.telegramToken && next.telegramChatIds.length === 0) throw invalid('VALIDATION', 'telegramChatIds', 'at least one chat id is needed with a bot token');
      await deps.alerting.saveSettings(next);
      return view(next);
    },
  );

  app.post(
    '/notifications/test',
    { config: admin, schema: { tags, description: 'Sends a test message to every configured Telegram chat and webhook now.', response: { 200: TestResults, 400: ErrorResponse } } },
    async () => {
      const results = await deps.alerting.channels.test();
      if (results.length === 0) throw invalid('NOT_CONFIGURED', 'telegramToken', 'no Telegram chat or webhook is configured');
      return { results };
    },
  );

  app.get('/alert-severity', { config: admin, schema: { tags, response: { 200: AlertSeveritySettings } } }, async () => deps.alerting.severity);

  app.put(
    '/alert-severity',
    {
      config: admin,
      schema: { tags, description: 'Severity of an outage by device type (other alerts on a device rank one level lower), of a tower uplink at least, and the minimum sent to Telegram and webhooks. Open alerts take the new severities at once.', body: AlertSeverityUpdate, response: { 200: AlertSeveritySettings, 400: ErrorResponse } },
    },
    async (request) => {
      const b = request.body;
      const current = deps.alerting.severity;
      const next = { down: { ...current.down, ...b.down }, uplink: b.uplink ?? current.uplink, minimum: b.minimum ?? current.minimum };
      await deps.alerting.saveSeverity(next);
      return next;
    },
  );
};
