import type { Config } from '../config/load.js';
import type { Monitoring } from '../monitoring/index.js';
import type { Repos, Services } from '../services.js';
import type { Alert } from '../db/repos/alerts.js';
import { createAlertEngine, type NotifyPhase } from './alert-engine.js';
import { alertText } from './alert-text.js';
import { createTelegramNotifier } from './notifiers/telegram.js';
import { createWebhookNotifier } from './notifiers/webhook.js';
import type { Notifier } from './notifiers/types.js';
import { presentAlert } from './alert-view.js';
import { createBotCommands } from './bot-commands.js';
import { createTelegramBot } from './telegram-bot.js';
import { stormGrouping, type AlertPayload } from './storm.js';
import { createMaintenanceGate } from './maintenance-gate.js';
import { findMaintenanceTarget } from './maintenance-target.js';
import type { Kysely } from 'kysely';
import type { Database } from '../db/types.js';
import { createOutboxWorker } from './outbox-worker.js';

type Log = { warn: (o: object, m: string) => void; error: (o: object, m: string) => void };

/**
 * Alerting over the monitoring events: the alert engine, and Telegram delivery through the
 * persisted outbox when TELEGRAM_TOKEN and TELEGRAM_CHAT_ID are set. Without them alerts are
 * still opened, listed and resolved; nothing is sent.
 */
export function createAlerting(deps: {
  config: Config;
  repos: Repos;
  services: Services;
  monitoring: Monitoring;
  /** For the bot's /maint lookups by name. */
  db: Kysely<Database>;
  log: Log;
  /** Replaces delivery (tests that only watch what would be announced). */
  notify?: (alert: Alert, phase: NotifyPhase, n?: number) => Promise<void>;
}) {
  const { config } = deps;
  const chats = (config.TELEGRAM_CHAT_ID ?? '').split(',').filter(Boolean);
  const hooks = config.WEBHOOK_URLS.split(',').filter(Boolean);
  const telegram = config.TELEGRAM_TOKEN && chats.length > 0 ? createTelegramNotifier({ apiUrl: config.TELEGRAM_API_URL, token: config.TELEGRAM_TOKEN }) : null;
  const notifiers: Notifier[] = [...(telegram ? [telegram] : []), ...(hooks.length > 0 ? [createWebhookNotifier({ secret: config.WEBHOOK_SECRET })] : [])];
  const worker =
    notifiers.length > 0
      ? createOutboxWorker({
          outbox: deps.repos.outbox,
          notifiers,
          log: deps.log,
          coalesce: stormGrouping({ threshold: config.ALERT_GROUP_THRESHOLD, windowSeconds: config.ALERT_GROUP_WINDOW_SECONDS, language: config.DEFAULT_LANGUAGE }),
        })
      : null;

  async function enqueue(alert: Alert, phase: NotifyPhase, n = 0) {
    if (!worker) return;
    const text = alertText(alert, phase, { language: config.DEFAULT_LANGUAGE, publicUrl: config.PUBLIC_URL });
    const payload: AlertPayload = { text, line: text.split('\n')[0]! };
    const event = { event: phase === 'open' ? 'alert.opened' : phase === 'repeat' ? 'alert.reminder' : 'alert.resolved', alert: presentAlert(alert) };
    const tag = phase === 'repeat' ? `repeat${n}` : phase;
    // The dedupe key makes a notification derived twice (a restart mid-way) a single message.
    await deps.repos.outbox.enqueue([
      ...(telegram ? chats.map((chat) => ({ channel: 'telegram', target: chat, payload, dedupeKey: `alert:${alert.id}:${tag}:${chat}` })) : []),
      ...hooks.map((url, i) => ({ channel: 'webhook', target: url, payload: event, dedupeKey: `alert:${alert.id}:${tag}:webhook${i}` })),
    ]);
    worker.kick();
  }

  const maintenance = createMaintenanceGate({ repo: deps.repos.maintenance, inventory: deps.services.inventory });
  const engine = createAlertEngine({
    alerts: deps.repos.alerts,
    devices: deps.repos.devices,
    towers: deps.repos.towers,
    inventory: deps.services.inventory,
    deviceState: (id) => deps.monitoring.monitor.state(id),
    bus: deps.monitoring.bus,
    language: config.DEFAULT_LANGUAGE,
    maxHoldRounds: config.DOWN_AFTER + 1,
    repeatMs: config.ALERT_REPEAT_MINUTES * 60_000,
    radio: (id) => deps.monitoring.snmp.monitor.get(id),
    silenced: (id, at) => maintenance.covers(id, at),
    radioLimits: { signalDbm: config.SIGNAL_LOW_DBM, ccqPercent: config.CCQ_LOW_PERCENT, polls: config.WIRELESS_ALERT_POLLS },
    notify: deps.notify ?? enqueue,
    log: deps.log,
  });
  const commands = createBotCommands(
    {
      counts: () => deps.monitoring.monitor.counts(),
      openAlerts: () => engine.openAlerts(),
      async down(limit) {
        const { items, total } = await deps.repos.devices.list({ status: 'down', sort: 'name', limit });
        return { items: items.map((d) => ({ id: d.id, name: d.name, tower: d.tower_name, since: d.status_since === null ? null : new Date(d.status_since).getTime() })), total };
      },
      acknowledge: (id, by) => engine.acknowledge(id, by),
      async maintain(text, minutes, reason, by) {
        const target = await findMaintenanceTarget(deps.db, text);
        if (!target) return null;
        const now = Date.now();
        const w = await deps.repos.maintenance.create({ scope: target.scope, targetId: target.id, startsAt: now, endsAt: now + minutes * 60_000, recurrence: null, reason, createdBy: by, createdAt: now });
        maintenance.changed();
        return { name: target.name, until: w.endsAt };
      },
      async unmaintain(text) {
        const target = await findMaintenanceTarget(deps.db, text);
        if (!target) return null;
        const now = Date.now();
        const active = (await deps.repos.maintenance.list({ state: 'active' }, now)).filter((w) => w.scope === target.scope && w.targetId === target.id);
        for (const w of active) await deps.repos.maintenance.end(w.id, now);
        maintenance.changed();
        return { name: target.name, ended: active.length };
      },
    },
    { language: config.DEFAULT_LANGUAGE },
  );
  const bot =
    telegram && config.TELEGRAM_TOKEN
      ? createTelegramBot({
          apiUrl: config.TELEGRAM_API_URL,
          token: config.TELEGRAM_TOKEN,
          chats,
          handle: commands,
          async reply(chatId, text) {
            await deps.repos.outbox.enqueue([{ channel: 'telegram', target: chatId, payload: { text } }]);
            worker?.kick();
          },
          refusal: config.DEFAULT_LANGUAGE === 'pt-BR' ? 'Este chat não está autorizado a comandar o Torre.' : 'This chat may not give Torre commands.',
          log: deps.log,
        })
      : null;

  return {
    engine,
    maintenance,
    telegramConfigured: telegram !== null,
    async start() {
      await engine.start();
      worker?.start();
      bot?.start();
    },
    async stop() {
      await bot?.stop();
      await engine.stop();
      await worker?.stop();
    },
  };
}
export type Alerting = ReturnType<typeof createAlerting>;
