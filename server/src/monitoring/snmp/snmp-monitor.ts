import type { SnmpHistoryRepo } from '../../db/repos/snmp-history.js';
import type { SnmpStateRepo } from '../../db/repos/snmp-state.js';
import type { SnmpData } from '../../probers/snmp/snmp-prober.js';
import type { ProbeResult } from '../../probers/types.js';
import type { EventBus } from '../event-bus.js';
import { applyPoll, type SnmpDeviceState, type SnmpEvent } from './state.js';

export interface PolledDevice {
  deviceId: number;
  result: ProbeResult<SnmpData>;
}

/**
 * The SNMP sink: folds polls into each device's state, stores history rows and states in
 * batches, records events and announces them. Hourly rollups are built when an hour closes.
 */
export function createSnmpMonitor(deps: { states: SnmpStateRepo; history: SnmpHistoryRepo; bus: EventBus }) {
  const states = new Map<number, SnmpDeviceState>();
  let openHour: number | null = null;
  let rowsWritten = 0;

  async function rollIfHourClosed(at: number) {
    const hour = Math.floor(at / 3_600_000) * 3600;
    if (openHour !== null && hour > openHour) await deps.history.rollHour(openHour);
    openHour = hour;
  }

  return {
    async init() {
      for (const s of await deps.states.loadAll()) states.set(s.deviceId, s);
      // The hour before a restart may have closed while we were down: rebuilding it is idempotent.
      const hour = Math.floor(Date.now() / 3_600_000) * 3600;
      await deps.history.rollHour(hour - 3600);
    },
    async ingest(batch: PolledDevice[]): Promise<SnmpDeviceState[]> {
      if (batch.length === 0) return [];
      const events: SnmpEvent[] = [];
      const changed: SnmpDeviceState[] = [];
      const ifRows = [];
      const wlRows = [];
      for (const p of batch) {
        const out = applyPoll(p.deviceId, states.get(p.deviceId) ?? null, p.result);
        changed.push(out.state);
        events.push(...out.events);
        ifRows.push(...out.interfaceRows);
        wlRows.push(...out.wirelessRows);
      }
      await rollIfHourClosed(Math.max(...batch.map((p) => p.result.data.polledAt)));
      await deps.history.insert(ifRows, wlRows);
      rowsWritten += ifRows.length + wlRows.length;
      await deps.states.save(changed, events);
      for (const s of changed) {
        states.set(s.deviceId, s);
        deps.bus.emit('snmp.polled', { deviceId: s.deviceId, at: s.polledAt, ok: s.error === null });
      }
      for (const e of events) deps.bus.emit('snmp.event', e);
      return changed;
    },
    get: (deviceId: number) => states.get(deviceId) ?? null,
    /** Interface and wireless history rows stored since start. */
    get rowsWritten() {
      return rowsWritten;
    },
    /** Drops the state of devices that no longer have SNMP settings (or no longer exist). */
    async prune(withSnmp: Set<number>): Promise<void> {
      const gone = [...states.keys()].filter((id) => !withSnmp.has(id));
      if (gone.length === 0) return;
      await deps.states.remove(gone);
      for (const id of gone) states.delete(id);
    },
    /** Devices whose SNMP does not answer (ping may still answer): for the UI and alerting. */
    errors: () => [...states.values()].filter((s) => s.error !== null),
  };
}
export type SnmpMonitor = ReturnType<typeof createSnmpMonitor>;
