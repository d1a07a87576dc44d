import type { Config } from '../config/load.js';
import type { Monitoring } from '../monitoring/index.js';
import type { Repos, Services } from '../services.js';
import type { Alert } from '../db/repos/alerts.js';
import { createAlertEngine, type NotifyPhase } from './alert-engine.js';
import { createBotCommands } from './bot-commands.js';
import { createMaintenanceGate } from './maintenance-gate.js';
import { createChannels, settingsFromEnv, type NotificationSettings } from './channels.js';
import { findMaintenanceTarget } from './maintenance-target.js';
import { mergePolicy, type SeverityPolicy } from './severity.js';
import type { Kysely } from 'kysely';
import type { Database } from '../db/types.js';

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
  // The bot's commands are built below, with the engine they act on; the channels call them late.
  let commands: (text: string, from: string) => Promise<string> = async () => '';
  const channels = createChannels({ config, outbox: deps.repos.outbox, log: deps.log, commands: (text, from) => commands(text, from) });

  let policy = mergePolicy(null);
  const anomalyTypes = new Set(config.ANOMALY_ALERT_TYPES === 'none' ? [] : config.ANOMALY_ALERT_TYPES.split(','));
  const maintenance = createMaintenanceGate({ repo: deps.repos.maintenance, inventory: deps.services.inventory, bus: deps.monitoring.bus });
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
    upstreamWindowMs: config.SYNTHETIC_INTERVAL_SECONDS * 1000,
    anomalyAlerts: async (id) => {
      const snap = await deps.services.inventory.get();
      const device = snap.devices.find((d) => d.id === id);
      if (device && anomalyTypes.has(device.type)) return true;
      return config.ANOMALY_ALERT_UPLINKS === 'on' && [...snap.graph.uplinks.values()].includes(id);
    },
    radioLimits: { signalDbm: config.SIGNAL_LOW_DBM, ccqPercent: config.CCQ_LOW_PERCENT, polls: config.WIRELESS_ALERT_POLLS },
    policy: () => policy,
    anyAnswered: () => deps.monitoring.monitor.answeredSinceStart(),
    notify: deps.notify ?? ((alert, phase, n) => channels.enqueue(alert, phase, n)),
    log: deps.log,
  });
  commands = createBotCommands(
    {
      counts: () => deps.monitoring.monitor.counts(),
      openAlerts: () => engine.openAlerts(),
      upstream: () => deps.monitoring.synthetic.last()?.upstream ?? null,
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
  /** Settings saved in the interface win over the environment's, field by field. */
  async function loadSettings() {
    const stored = await deps.repos.settings.get<Partial<NotificationSettings>>('notifications');
    if (stored) await channels.apply({ ...settingsFromEnv(config), ...stored });
    policy = mergePolicy(await deps.repos.settings.get<Partial<SeverityPolicy>>('alertSeverity'));
  }
  // A device's type or a tower's uplink changed: open alerts take their new severity.
  let offInventory: (() => void) | null = null;

  return {
    engine,
    maintenance,
    channels,
    /** Saves new notification settings and puts them to work at once. */
    async saveSettings(s: NotificationSettings) {
      const env = settingsFromEnv(config);
      // Only what differs from the environment is stored, so an environment change still counts.
      const diff = Object.fromEntries(Object.entries(s).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(env[k as keyof NotificationSettings])));
      await deps.repos.settings.set('notifications', diff);
      await channels.apply(s);
    },
    /** Severities by type and the minimum sent. */
    get severity(): SeverityPolicy {
      return policy;
    },
    /** Saves new severities and applies them to the open alerts at once. */
    async saveSeverity(next: SeverityPolicy) {
      await deps.repos.settings.set('alertSeverity', next);
      policy = next;
      await engine.reclassify();
    },
    async start() {
      await loadSettings();
      await engine.start();
      offInventory = deps.services.inventory.onInvalidate(() => void engine.reclassify());
      channels.start();
    },
    async stop() {
      offInventory?.();
      await engine.stop();
      await channels.stop();
    },
  };
}
export type Alerting = ReturnType<typeof createAlerting>;
