import type { SyntheticRound } from './synthetic/synthetic-engine.js';
import type { AnomalyChange } from './anomaly/anomaly-monitor.js';
import { EventEmitter } from 'node:events';
import type { Status } from './status-machine.js';
import type { SnmpEvent } from './snmp/state.js';
import type { Alert } from '../db/repos/alerts.js';
import type { TowerStatusEvent } from '../db/repos/tower-status.js';

export interface StatusChange {
  deviceId: number;
  from: Status;
  to: Status;
  at: number;
  reason: string | null;
}

export interface FlappingChange {
  deviceId: number;
  flapping: boolean;
  at: number;
}

export interface RoundSummary {
  at: number;
  durationMs: number;
  /** Of which: probing (fping) and storing/evaluating. */
  probeMs: number;
  storeMs: number;
  devices: number;
  counts: Record<Status, number>;
  overruns: number;
}

export interface SnmpCycleSummary {
  at: number;
  durationMs: number;
  /** Devices with SNMP settings, of which polled (answering or not) and skipped (ICMP down). */
  devices: number;
  polled: number;
  failed: number;
  skipped: number;
  cpuMs: number;
  overruns: number;
}

export interface MonitoringEvents {
  'status.changed': [StatusChange];
  'flapping.changed': [FlappingChange];
  'round.completed': [RoundSummary];
  'snmp.event': [SnmpEvent];
  /** A device's SNMP data changed (a poll finished). */
  'snmp.polled': [{ deviceId: number; at: number; ok: boolean }];
  'snmp.cycle.completed': [SnmpCycleSummary];
  /** An alert opened, was notified, suppressed, acknowledged or resolved. */
  'alert.changed': [Alert];
  /** A maintenance window was created or ended (through the API or the bot). */
  'maintenance.changed': [{ at: number }];
  /** A synthetic round ended: each check's result and the upstream verdict. */
  'synthetic.round': [SyntheticRound];
  /** An anomaly started or ended. */
  'anomaly.changed': [AnomalyChange];
  /** A tower's status changed (stored before it is announced). */
  'tower.status.changed': [TowerStatusEvent];
}

/**
 * The engine's announcements. History, the live stream and (later) alerting subscribe;
 * the engine does not know who listens.
 */
export function createEventBus() {
  const emitter = new EventEmitter<MonitoringEvents>();
  emitter.setMaxListeners(0); // one per open SSE connection
  return emitter;
}
export type EventBus = ReturnType<typeof createEventBus>;
