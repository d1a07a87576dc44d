import type { Config } from '../config/load.js';
import type { Repos, Services } from '../services.js';
import type { DeviceType } from '../http/routes/devices/schema.js';
import { createProbers } from '../probers/registry.js';
import { checkFping } from '../probers/icmp/fping-runner.js';
import type { ProbeContext } from '../probers/types.js';
import { createEventBus } from './event-bus.js';
import { createMonitor } from './monitor.js';
import { createMonitoringEngine } from './engine.js';
import { createRetention } from './retention.js';
import { createRoundGc } from './round-gc.js';
import { createSnmpMonitor } from './snmp/snmp-monitor.js';
import { createSnmpEngine } from './snmp/snmp-engine.js';
import { desAvailable } from '../probers/snmp/session.js';
import { createCheckRunners } from './synthetic/check-runners.js';
import { createSyntheticEngine } from './synthetic/synthetic-engine.js';
import { seedDefaultTargets } from './synthetic/seed.js';
import { createAnomalyModel } from './anomaly/seasonal-model.js';
import { createAnomalyMonitor } from './anomaly/anomaly-monitor.js';
import { createWriteHealth } from '../db/write-health.js';
import { createMaintenanceGate } from '../alerting/maintenance-gate.js';
import { createTowerTracker } from './towers/tower-tracker.js';

type Log = ProbeContext['log'] & { warn: (o: object, m: string) => void; error: (o: object, m: string) => void };

export function parseThresholdsByType(spec: string): Partial<Record<DeviceType, number>> {
  const out: Partial<Record<DeviceType, number>> = {};
  for (const part of spec.split(',').filter(Boolean)) {
    const [type, ms] = part.split('=');
    out[type as DeviceType] = Number(ms);
  }
  return out;
}

/** Builds the monitoring side: probers, monitor, engine, retention, and the fping check. */
export function createMonitoring(deps: { config: Config; repos: Repos; services: Services; log: Log }) {
  const { config, repos, services } = deps;
  const bus = createEventBus();
  bus.on('round.completed', createRoundGc());
  // A round or poll the database refuses is dropped and counted, never the end of the process;
  // the monitor applies a round's new states only once it is stored, so memory stays consistent.
  const writes = createWriteHealth({ log: deps.log });
  const monitor = createMonitor({
    statuses: repos.deviceStatus,
    samples: repos.pingSamples,
    inventory: services.inventory,
    bus,
    rules: {
      downAfter: config.DOWN_AFTER,
      upAfter: config.UP_AFTER,
      lossDegradedPercent: config.LOSS_DEGRADED_PERCENT,
      flapChanges: config.FLAP_CHANGES,
      flapWindowMs: config.FLAP_WINDOW_MINUTES * 60_000,
    },
    thresholds: { latencyMs: config.LATENCY_THRESHOLD_MS, latencyMsByType: parseThresholdsByType(config.LATENCY_THRESHOLD_MS_BY_TYPE) },
    rawRetentionSeconds: config.RAW_RETENTION_HOURS * 3600,
  });
  const anomalies = createAnomalyMonitor({
    model: createAnomalyModel({
      windowDays: config.ANOMALY_WINDOW_DAYS,
      zThreshold: config.ANOMALY_Z_THRESHOLD,
      minBaselineDays: Math.min(config.ANOMALY_MIN_BASELINE_DAYS, config.ANOMALY_WINDOW_DAYS),
      minConsecutive: config.ANOMALY_MIN_POINTS,
    }),
    repo: repos.anomalies,
    bus,
    log: deps.log,
  });
  const detect = config.ANOMALY_DETECTION === 'on';
  const probers = createProbers({ fpingPath: config.FPING_PATH, concurrency: config.PING_CONCURRENT_LIMIT, httpCa: config.syntheticCa });
  const engine = createMonitoringEngine({
    intervalMs: config.PING_INTERVAL_SECONDS * 1000,
    icmp: {
      probe: probers.icmp,
      config: { count: config.PING_COUNT, timeoutMs: config.PING_TIMEOUT_MS, periodMs: config.PING_PERIOD_MS, sendIntervalMs: config.PING_SEND_INTERVAL_MS },
    },
    inventory: services.inventory,
    sink: async (round) => {
      const ingest = async () => {
        await monitor.ingest(round);
        return true;
      };
      // An empty round writes nothing, so its success must not announce that writes work again.
      const stored = round.results.length === 0 ? await ingest() : await writes.track('ping round', ingest);
      if (stored && detect) anomalies.round(round);
    },
    counts: () => monitor.counts(),
    bus,
    ctx: { log: deps.log },
  });
  const snmpMonitor = createSnmpMonitor({
    states: repos.snmpState,
    history: repos.snmpHistory,
    bus,
    rawRetentionSeconds: config.RAW_RETENTION_HOURS * 3600,
    log: deps.log,
  });
  const snmpEngine = createSnmpEngine({
    intervalMs: config.SNMP_INTERVAL_SECONDS * 1000,
    concurrency: config.SNMP_CONCURRENT_LIMIT,
    transport: { timeoutMs: config.SNMP_TIMEOUT_MS, retries: config.SNMP_RETRIES, walk: { maxRepetitions: config.SNMP_MAX_REPETITIONS, perRequest: 10, maxRequests: 500 } },
    probe: probers.snmp,
    inventory: services.inventory,
    reachable: (id) => {
      const status = monitor.state(id)?.status;
      return status !== 'down' && status !== 'unreachable';
    },
    sink: async (batch) => {
      const states = batch.length === 0 ? await snmpMonitor.ingest(batch) : await writes.track('SNMP polls', () => snmpMonitor.ingest(batch));
      if (states && detect) anomalies.snmp(states);
      return states ?? [];
    },
    prune: (withSnmp) => snmpMonitor.prune(withSnmp),
    bus,
    ctx: { log: deps.log },
  });
  const syntheticRunners = createCheckRunners(probers, {
    timeoutMs: config.SYNTHETIC_TIMEOUT_MS,
    // Five pings 200 ms apart: one lost packet to a far resolver is not an outage.
    icmp: { count: 5, timeoutMs: Math.min(config.SYNTHETIC_TIMEOUT_MS, 2000), periodMs: 200, sendIntervalMs: config.PING_SEND_INTERVAL_MS },
  });
  const synthetic = createSyntheticEngine({
    intervalMs: config.SYNTHETIC_INTERVAL_SECONDS * 1000,
    runners: syntheticRunners,
    repo: repos.synthetic,
    quorum: config.SYNTHETIC_QUORUM === 'all' ? 'all' : Number(config.SYNTHETIC_QUORUM),
    devices: async () => {
      const c = await monitor.counts();
      return { answering: c.up + c.degraded, known: c.up + c.degraded + c.down + c.unreachable };
    },
    bus,
    ctx: { log: deps.log },
    retentionSeconds: config.ROLLUP_RETENTION_DAYS * 86_400,
  });
  // Its own view of the maintenance windows (alerting keeps another), re-read when one changes.
  const towerMaintenance = createMaintenanceGate({ repo: repos.maintenance, inventory: services.inventory });
  bus.on('maintenance.changed', () => towerMaintenance.changed());
  const towers = createTowerTracker({
    repo: repos.towerStatus,
    inventory: services.inventory,
    status: (id) => monitor.state(id)?.status,
    maintenance: towerMaintenance,
    bus,
    customersDegradedPercent: config.TOWER_CUSTOMERS_DEGRADED_PERCENT,
    language: config.DEFAULT_LANGUAGE,
    log: deps.log,
  });
  const retention = createRetention({
    samples: repos.pingSamples,
    snmpHistory: repos.snmpHistory,
    snmpEvents: repos.snmpState,
    outbox: repos.outbox,
    statuses: repos.deviceStatus,
    towerEvents: repos.towerStatus,
    rawHours: config.RAW_RETENTION_HOURS,
    fiveMinuteDays: config.LOG_RETENTION_DAYS,
    hourlyDays: config.ROLLUP_RETENTION_DAYS,
    log: deps.log,
  });
  let icmp: Awaited<ReturnType<typeof checkFping>> = { available: false, version: null, reason: 'not checked yet' };

  return {
    bus,
    monitor,
    engine,
    snmp: { monitor: snmpMonitor, engine: snmpEngine },
    synthetic,
    syntheticRunners,
    towers,
    anomalies,
    writes,
    get icmp() {
      return icmp;
    },
    /** Resumes stored state; starts rounds and retention unless MONITORING=off. */
    async start() {
      await monitor.init();
      // After the devices' statuses are back, before any round: a restart announces no tower change.
      await towers.start();
      await snmpMonitor.init();
      if (detect) await anomalies.init();
      if (!desAvailable()) deps.log.warn({}, 'SNMPv3 DES privacy is unavailable: start Node with --openssl-legacy-provider (scripts/start.sh does)');
      icmp = await checkFping(config.FPING_PATH);
      if (!icmp.available) deps.log.error({ reason: icmp.reason }, 'ICMP monitoring cannot run: every device will show as down until fping works');
      const seeded = await seedDefaultTargets(repos.synthetic, repos.settings, config.syntheticDefaults);
      if (seeded > 0) deps.log.info({ targets: seeded }, 'added the default synthetic checks');
      if (config.MONITORING === 'on') {
        engine.start();
        snmpEngine.start();
        synthetic.start();
        retention.start();
      }
    },
    async stop() {
      retention.stop();
      await Promise.all([engine.stop(), snmpEngine.stop(), synthetic.stop()]);
      await towers.stop();
      await anomalies.idle();
    },
  };
}
export type Monitoring = ReturnType<typeof createMonitoring>;
