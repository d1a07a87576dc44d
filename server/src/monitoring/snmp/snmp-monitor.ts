import type { SnmpHistoryRepo } from '../../db/repos/snmp-history.js';
import type { SnmpStateRepo } from '../../db/repos/snmp-state.js';
import type { InterfaceSamplesTable, WirelessSamplesTable } from '../../db/types.js';
import type { SnmpData } from '../../probers/snmp/snmp-prober.js';
import type { ProbeResult } from '../../probers/types.js';
import type { EventBus } from '../event-bus.js';
import { applyPoll, type SnmpDeviceState, type SnmpEvent } from './state.js';

export interface PolledDevice {
  deviceId: number;
  result: ProbeResult<SnmpData>;
}

const HOUR = 3600;
const hourOf = (t: number) => Math.floor(t / HOUR) * HOUR;

/**
 * The SNMP sink: folds polls into each device's state, stores history rows and states in
 * batches, records events and announces them. Batches are taken one at a time, so a "poll
 * now" and a cycle never fold two polls of one device from the same previous state. An hour's
 * rollup is built once the hour has closed, and built again if rows for it arrive late.
 */
export function createSnmpMonitor(deps: {
  states: SnmpStateRepo;
  history: SnmpHistoryRepo;
  bus: EventBus;
  /** Raw history kept: how far back start-up looks for hours left un-rolled. */
  rawRetentionSeconds: number;
  log: { error: (o: object, m: string) => void };
}) {
  const states = new Map<number, SnmpDeviceState>();
  let openHour: number | null = null;
  let rowsWritten = 0;
  let queue: Promise<unknown> = Promise.resolve();

  async function roll(hours: Iterable<number>) {
    for (const h of [...new Set(hours)].sort((a, b) => a - b)) {
      try {
        await deps.history.rollHour(h);
      } catch (err) {
        deps.log.error({ err, hour: new Date(h * 1000).toISOString() }, 'SNMP hourly rollup failed');
      }
    }
  }

  async function store(ifRows: InterfaceSamplesTable[], wlRows: WirelessSamplesTable[], at: number) {
    try {
      await deps.history.insert(ifRows, wlRows);
      rowsWritten += ifRows.length + wlRows.length;
    } catch (err) {
      // History is lost for this batch; states and events still move on.
      deps.log.error({ err, rows: ifRows.length + wlRows.length }, 'storing SNMP history failed');
    }
    const now = hourOf(Math.floor(at / 1000));
    const closed: number[] = [];
    if (openHour !== null) for (let h = openHour; h < now; h += HOUR) closed.push(h);
    for (const r of [...ifRows, ...wlRows]) if (hourOf(r.t) < Math.max(now, openHour ?? now)) closed.push(hourOf(r.t));
    openHour = Math.max(now, openHour ?? now);
    await roll(closed);
  }

  async function ingestNow(batch: PolledDevice[]): Promise<SnmpDeviceState[]> {
    if (batch.length === 0) return [];
    const events: SnmpEvent[] = [];
    const changed: SnmpDeviceState[] = [];
    const ifRows: InterfaceSamplesTable[] = [];
    const wlRows: WirelessSamplesTable[] = [];
    for (const p of batch) {
      const out = applyPoll(p.deviceId, states.get(p.deviceId) ?? null, p.result);
      states.set(p.deviceId, out.state);
      changed.push(out.state);
      events.push(...out.events);
      ifRows.push(...out.interfaceRows);
      wlRows.push(...out.wirelessRows);
    }
    await store(ifRows, wlRows, Math.max(...batch.map((p) => p.result.data.polledAt)));
    await deps.states.save(changed, events);
    for (const s of changed) deps.bus.emit('snmp.polled', { deviceId: s.deviceId, at: s.polledAt, ok: s.error === null });
    for (const e of events) deps.bus.emit('snmp.event', e);
    return changed;
  }

  return {
    async init(now = Date.now()) {
      for (const s of await deps.states.loadAll()) states.set(s.deviceId, s);
      // Hours that closed while the server was down (or whose rollup failed): rebuilt from raw rows.
      const current = hourOf(Math.floor(now / 1000));
      const oldest = hourOf(Math.floor(now / 1000) - deps.rawRetentionSeconds);
      const last = await deps.history.lastRolledHour();
      const from = Math.max(oldest, last ?? current - HOUR);
      const hours: number[] = [];
      for (let h = from; h < current; h += HOUR) hours.push(h);
      await roll(hours);
      openHour = current;
    },
    /** Folds a batch of polls; batches are taken in order, one at a time. */
    ingest(batch: PolledDevice[]): Promise<SnmpDeviceState[]> {
      const run = queue.then(() => ingestNow(batch));
      queue = run.catch(() => undefined);
      return run;
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
