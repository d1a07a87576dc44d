import type { Config } from '../config/load.js';
import type { Alert } from '../db/repos/alerts.js';
import type { OutboxRepo } from '../db/repos/outbox.js';
import type { NotifyPhase } from './alert-engine.js';
import { alertText } from './alert-text.js';
import { presentAlert } from './alert-view.js';
import { createTelegramNotifier } from './notifiers/telegram.js';
import { createWebhookNotifier } from './notifiers/webhook.js';
import type { Notifier, SendResult } from './notifiers/types.js';
import { createOutboxWorker } from './outbox-worker.js';
import { possibleRepeat } from './possible-repeat.js';
import { stormGrouping, type AlertPayload } from './storm.js';
import { createTelegramBot } from './telegram-bot.js';

/** Where notifications go. The environment gives the defaults; the settings page may change them. */
export interface NotificationSettings {
  telegramToken: string | null;
  telegramChatIds: string[];
  webhookUrls: string[];
  webhookSecret: string | null;
}

export function settingsFromEnv(config: Config): NotificationSettings {
  return {
    telegramToken: config.TELEGRAM_TOKEN ?? null,
    telegramChatIds: (config.TELEGRAM_CHAT_ID ?? '').split(',').filter(Boolean),
    webhookUrls: config.WEBHOOK_URLS.split(',').filter(Boolean),
    webhookSecret: config.WEBHOOK_SECRET ?? null,
  };
}

export interface TestResult {
  channel: string;
  target: string;
  ok: boolean;
  error: string | null;
}

type Log = { warn: (o: object, m: string) => void; error: (o: object, m: string) => void };

/**
 * The notification channels in use: Telegram (alerts, and the bot's commands) and webhooks,
 * fed by the persisted outbox. `apply` swaps them for new settings without a restart.
 */
export function createChannels(deps: { config: Config; outbox: OutboxRepo; log: Log; commands: (text: string, from: string) => Promise<string> }) {
  const { config } = deps;
  const language = config.DEFAULT_LANGUAGE;

  function build(s: NotificationSettings) {
    const telegram = s.telegramToken && s.telegramChatIds.length > 0 ? createTelegramNotifier({ apiUrl: config.TELEGRAM_API_URL, token: s.telegramToken }) : null;
    const webhook = s.webhookUrls.length > 0 ? createWebhookNotifier({ secret: s.webhookSecret ?? undefined }) : null;
    const notifiers: Notifier[] = [...(telegram ? [telegram] : []), ...(webhook ? [webhook] : [])];
    const worker =
      notifiers.length > 0
        ? createOutboxWorker({
            outbox: deps.outbox,
            notifiers,
            log: deps.log,
            coalesce: stormGrouping({ threshold: config.ALERT_GROUP_THRESHOLD, windowSeconds: config.ALERT_GROUP_WINDOW_SECONDS, language }),
            possibleRepeat: possibleRepeat(language),
          })
        : null;
    const bot =
      telegram && s.telegramToken
        ? createTelegramBot({
            apiUrl: config.TELEGRAM_API_URL,
            token: s.telegramToken,
            chats: s.telegramChatIds,
            handle: deps.commands,
            async reply(chatId, text) {
              await deps.outbox.enqueue([{ channel: 'telegram', target: chatId, payload: { text } }]);
              worker?.kick();
            },
            refusal: language === 'pt-BR' ? 'Este chat não está autorizado a comandar o Torre.' : 'This chat may not give Torre commands.',
            log: deps.log,
          })
        : null;
    return { settings: s, telegram, webhook, worker, bot };
  }

  let current = build(settingsFromEnv(config));
  let started = false;

  return {
    get settings() {
      return current.settings;
    },
    /** Queues an alert's opening, reminder (number n) or recovery on every channel. */
    async enqueue(alert: Alert, phase: NotifyPhase, n = 0) {
      const c = current;
      if (!c.worker) return;
      const text = alertText(alert, phase, { language, publicUrl: config.PUBLIC_URL });
      const payload: AlertPayload = { text, line: text.split('\n')[0]! };
      const event = { event: phase === 'open' ? 'alert.opened' : phase === 'repeat' ? 'alert.reminder' : 'alert.resolved', alert: presentAlert(alert) };
      const tag = phase === 'repeat' ? `repeat${n}` : phase;
      // The dedupe key makes a notification derived twice (a restart mid-way) a single message.
      await deps.outbox.enqueue([
        ...(c.telegram ? c.settings.telegramChatIds.map((chat) => ({ channel: 'telegram', target: chat, payload, dedupeKey: `alert:${alert.id}:${tag}:${chat}` })) : []),
        ...(c.webhook ? c.settings.webhookUrls.map((url, i) => ({ channel: 'webhook', target: url, payload: event, dedupeKey: `alert:${alert.id}:${tag}:webhook${i}` })) : []),
      ]);
      c.worker.kick();
    },
    /** Sends a test message to every configured chat and webhook now, and says how each went. */
    async test(): Promise<TestResult[]> {
      const c = current;
      const text = language === 'pt-BR' ? '✅ Mensagem de teste do Torre: os alertas chegarão aqui.' : '✅ Torre test message: alerts will arrive here.';
      const sends: Promise<TestResult>[] = [
        ...(c.telegram ? c.settings.telegramChatIds.map((chat) => c.telegram!.send(chat, { text }).then((r) => result('telegram', chat, r))) : []),
        ...(c.webhook ? c.settings.webhookUrls.map((url) => c.webhook!.send(url, { event: 'test', text }).then((r) => result('webhook', url, r))) : []),
      ];
      return Promise.all(sends);
    },
    async apply(s: NotificationSettings) {
      const old = current;
      await old.bot?.stop();
      await old.worker?.stop();
      current = build(s);
      if (started) {
        current.worker?.start();
        current.bot?.start();
      }
    },
    start() {
      started = true;
      current.worker?.start();
      current.bot?.start();
    },
    async stop() {
      started = false;
      await current.bot?.stop();
      await current.worker?.stop();
    },
  };
}
export type Channels = ReturnType<typeof createChannels>;

const result = (channel: string, target: string, r: SendResult): TestResult => ({ channel, target, ok: r.ok, error: r.ok ? null : r.error });
