import type { Config } from '../config/load.js';
import type { Monitoring } from '../monitoring/index.js';
import type { Repos, Services } from '../services.js';
import { createAlertEngine, type NotifyPhase } from './alert-engine.js';
import type { Alert } from '../db/repos/alerts.js';

/**
 * Builds alerting over the monitoring events. `notify` delivers an alert's opening or
 * recovery; until a notifier is configured it only records that the alert was announced.
 */
export function createAlerting(deps: {
  config: Config;
  repos: Repos;
  services: Services;
  monitoring: Monitoring;
  log: { error: (o: object, m: string) => void };
  notify?: (alert: Alert, phase: NotifyPhase) => Promise<void>;
}) {
  const engine = createAlertEngine({
    alerts: deps.repos.alerts,
    devices: deps.repos.devices,
    towers: deps.repos.towers,
    inventory: deps.services.inventory,
    deviceState: (id) => deps.monitoring.monitor.state(id),
    bus: deps.monitoring.bus,
    language: deps.config.DEFAULT_LANGUAGE,
    maxHoldRounds: deps.config.DOWN_AFTER + 1,
    notify: deps.notify ?? (async () => {}),
    log: deps.log,
  });
  return { engine, start: () => engine.start(), stop: () => engine.stop() };
}
export type Alerting = ReturnType<typeof createAlerting>;
