import { performance } from 'node:perf_hooks';
import type { InventorySnapshotCache, MonitoredDevice } from '../../inventory/snapshot.js';
import type { SnmpSettings } from '../../http/routes/devices/schema.js';
import type { SnmpConfig, SnmpData } from '../../probers/snmp/snmp-prober.js';
import type { ProbeContext, ProbeFn, ProbeResult } from '../../probers/types.js';
import type { EventBus, SnmpCycleSummary } from '../event-bus.js';
import { createScheduler, type SchedulerLog } from '../scheduler.js';
import type { PolledDevice } from './snmp-monitor.js';

const FLUSH_EVERY = 250;

/** The device's configured type as a hint for radios that report no mode (airMAX without ubntRadioMode). */
const hintsFor = (type: MonitoredDevice['type']): SnmpConfig['hints'] => (type === 'ap' || type === 'station' ? { mode: type } : {});

/**
 * The SNMP poller: every interval, polls each enabled device that has SNMP settings, at most
 * `concurrency` at a time, and hands the results to the sink in batches. A device that ICMP
 * says is down (or unreachable behind its parent) is skipped: its silence is already known.
 */
export function createSnmpEngine(deps: {
  intervalMs: number;
  concurrency: number;
  /** Timeouts, retries and walk sizes; credentials come from each device. */
  transport: Omit<SnmpConfig, 'settings'>;
  probe: ProbeFn<SnmpConfig, SnmpData>;
  inventory: InventorySnapshotCache;
  /** False when ICMP says the device is down. */
  reachable: (deviceId: number) => boolean;
  sink: (batch: PolledDevice[]) => Promise<unknown>;
  /** Told, each cycle, which devices have SNMP settings: state of the others is dropped. */
  prune: (withSnmp: Set<number>) => Promise<void>;
  bus: EventBus;
  ctx: ProbeContext & { log: ProbeContext['log'] & SchedulerLog };
}) {
  let last: SnmpCycleSummary | null = null;

  const pollOne = (d: MonitoredDevice): Promise<ProbeResult<SnmpData>> =>
    deps.probe({ id: d.id, host: d.host }, { ...deps.transport, settings: d.snmp!, hints: hintsFor(d.type) }, deps.ctx);

  async function runCycle(at: number): Promise<SnmpCycleSummary> {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const snap = await deps.inventory.get();
    await deps.prune(new Set(snap.devices.filter((d) => d.snmp !== null).map((d) => d.id)));
    const withSnmp = snap.devices.filter((d) => d.enabled && d.snmp !== null);
    const targets = withSnmp.filter((d) => deps.reachable(d.id));
    let buffer: PolledDevice[] = [];
    let failed = 0;
    let next = 0;
    const flush = async () => {
      const batch = buffer;
      buffer = [];
      try {
        await deps.sink(batch);
      } catch (err) {
        // One batch that could not be stored must not stop the others or leave workers running alone.
        deps.ctx.log.error({ err, devices: batch.length }, 'storing SNMP polls failed');
      }
    };
    const worker = async () => {
      while (next < targets.length) {
        const d = targets[next++]!;
        const result = await pollOne(d);
        if (!result.ok) failed++;
        buffer.push({ deviceId: d.id, result });
        if (buffer.length >= FLUSH_EVERY) await flush();
      }
    };
    await Promise.all(Array.from({ length: Math.min(deps.concurrency, targets.length) }, worker));
    await flush();
    const cpu = process.cpuUsage(cpu0);
    last = {
      at,
      durationMs: Math.round(performance.now() - t0),
      devices: withSnmp.length,
      polled: targets.length,
      failed,
      skipped: withSnmp.length - targets.length,
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      overruns: scheduler.overruns,
    };
    deps.bus.emit('snmp.cycle.completed', last);
    return last;
  }

  const scheduler = createScheduler({
    intervalMs: deps.intervalMs,
    log: deps.ctx.log,
    round: async (at) => {
      await runCycle(at);
    },
  });

  return {
    start: () => scheduler.start(),
    stop: () => scheduler.stop(),
    runCycle,
    /** Polls one device now, whatever ICMP says (operators use it to test credentials), and stores the result. */
    async pollNow(deviceId: number): Promise<boolean> {
      const d = (await deps.inventory.get()).devices.find((x) => x.id === deviceId);
      if (!d || d.snmp === null) return false;
      await deps.sink([{ deviceId, result: await pollOne(d) }]);
      return true;
    },
    /** Tries settings against a host without storing anything (the "test SNMP" button). */
    test: (host: string, settings: SnmpSettings) => deps.probe({ id: 0, host }, { ...deps.transport, settings }, deps.ctx),
    get lastCycle() {
      return last;
    },
  };
}
export type SnmpEngine = ReturnType<typeof createSnmpEngine>;
