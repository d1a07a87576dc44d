import type { MessageShape } from './pt-br';

/** Settings page (Telegram and webhook notifications); part of `en.ts`. */
export const settingsEn: MessageShape['settings'] = {
  title: 'Settings',
  adminOnly: 'Only administrators can see and change the settings.',
  intro: 'Where alerts are sent. Secrets are never shown once saved.',
  configured: 'configured',
  configuredBot: 'configured (bot {{botId}})',
  notConfigured: 'not configured',
  change: 'change',
  remove: 'remove',
  undo: 'undo',
  willRemove: 'Will be removed on save.',
  keepHint: 'Leave empty to keep the current one.',
  saved: 'Settings saved.',
  test: 'Send test message',
  testing: 'Sending…',
  testHint: 'Uses the saved settings.',
  testOk: 'sent',
  testNothing: 'Nothing configured: enter a bot and a chat, or a webhook, and save.',
  resultsTitle: 'Test result',
  telegram: {
    title: 'Telegram',
    token: 'Bot token',
    chatIds: 'Chat ids',
    chatIdsHint: 'One per line or comma-separated. Add the bot to the group and send /start; use the numeric id the bot reports (groups start with -).',
    apiUrl: 'Bot API URL',
  },
  webhooks: {
    title: 'Webhooks',
    urls: 'URLs',
    urlsHint: 'One per line. Each alert is POSTed as JSON.',
    secret: 'Secret',
    secretHint: 'Requests carry X-Torre-Signature: sha256=<HMAC of the body with this secret>.',
  },
  errors: {
    token: 'Invalid token: the format is 123456:ABC-def.',
    chatIds: 'Each chat id must be a number (e.g. -1001234).',
    chatIdsRequired: 'Enter at least one chat to use the bot.',
    urls: 'Each URL must start with http:// or https://.',
    secret: 'The secret must be 16 to 200 characters long.',
  },
};
