import { performance } from 'node:perf_hooks';
import type { InventorySnapshotCache } from '../inventory/snapshot.js';
import type { ProbeContext, ProbeFn } from '../probers/types.js';
import type { IcmpConfig, IcmpData } from '../probers/icmp/icmp-prober.js';
import type { EventBus, RoundSummary } from './event-bus.js';
import type { RoundResult } from './monitor.js';
import { createScheduler } from './scheduler.js';

export interface RoundStats extends RoundSummary {
  cpuMs: number;
}

/**
 * The poller: every interval, probes every enabled device with the ICMP prober and hands
 * the round to a sink (the monitor here; a broker when polling runs at a remote POP).
 */
export function createMonitoringEngine(deps: {
  intervalMs: number;
  icmp: { probe: ProbeFn<IcmpConfig, IcmpData>; config: IcmpConfig };
  inventory: InventorySnapshotCache;
  sink: (round: RoundResult) => Promise<void>;
  counts: () => Promise<RoundSummary['counts']>;
  bus: EventBus;
  ctx: ProbeContext & { log: ProbeContext['log'] & { warn: (o: object, m: string) => void; error: (o: object, m: string) => void } };
}) {
  let last: RoundStats | null = null;
  let rounds = 0;

  async function runRound(at: number): Promise<RoundStats> {
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const snap = await deps.inventory.get();
    const targets = snap.devices.filter((d) => d.enabled);
    // No async wrapper per device: one promise each (the prober's) is garbage enough per round.
    const probed = await Promise.all(targets.map((d) => deps.icmp.probe(d, deps.icmp.config, deps.ctx)));
    const results = probed.map((r, i) => ({ deviceId: targets[i]!.id, ok: r.ok, reason: r.reason, stats: r.data }));
    const t1 = performance.now();
    await deps.sink({ at, results });
    const t2 = performance.now();
    const cpu = process.cpuUsage(cpu0);
    last = {
      at,
      durationMs: Math.round(t2 - t0),
      probeMs: Math.round(t1 - t0),
      storeMs: Math.round(t2 - t1),
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      devices: targets.length,
      counts: await deps.counts(),
      overruns: scheduler.overruns,
    };
    rounds++;
    deps.bus.emit('round.completed', last);
    return last;
  }

  const scheduler = createScheduler({
    intervalMs: deps.intervalMs,
    log: deps.ctx.log,
    round: async (at) => {
      await runRound(at);
    },
  });

  return {
    start: () => scheduler.start(),
    stop: () => scheduler.stop(),
    /** Runs one round now (tests, and the first round at start-up). */
    runRound,
    get lastRound() {
      return last;
    },
    get rounds() {
      return rounds;
    },
    get overruns() {
      return scheduler.overruns;
    },
  };
}
export type MonitoringEngine = ReturnType<typeof createMonitoringEngine>;
