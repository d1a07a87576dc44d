import type { SyntheticRepo, SyntheticResult } from '../../db/repos/synthetic.js';
import type { SyntheticStatus } from '../../http/routes/synthetic/schema.js';
import type { ProbeContext } from '../../probers/types.js';
import type { EventBus } from '../event-bus.js';
import { createScheduler, type SchedulerLog } from '../scheduler.js';
import { runCheck, type CheckRunners } from './check-runners.js';
import { upstreamVerdict, type UpstreamVerdict } from './upstream.js';

export interface SyntheticRound {
  at: number;
  durationMs: number;
  results: (SyntheticResult & { external: boolean; status: SyntheticStatus; changed: boolean })[];
  upstream: UpstreamVerdict;
}

/**
 * Runs every enabled synthetic check each interval, all at once (ICMP ones share fping
 * batches), stores results and states, and announces the round with its upstream verdict.
 */
export function createSyntheticEngine(deps: {
  intervalMs: number;
  runners: CheckRunners;
  repo: SyntheticRepo;
  quorum: 'all' | number;
  /** Devices answering out of those with a known status, from the last ICMP round. */
  devices: () => Promise<{ answering: number; known: number }>;
  bus: EventBus;
  ctx: ProbeContext & { log: SchedulerLog };
  /** Results older than this many seconds are deleted. */
  retentionSeconds: number;
}) {
  let last: SyntheticRound | null = null;
  let running: Promise<SyntheticRound> | null = null;

  /** One round at a time: a round asked for while one runs gets that one's result. */
  function runRound(at = Date.now()): Promise<SyntheticRound> {
    running ??= round(at).finally(() => {
      running = null;
    });
    return running;
  }

  async function round(at: number): Promise<SyntheticRound> {
    const started = performance.now();
    const targets = (await deps.repo.list()).filter((t) => t.enabled);
    const outcomes = await Promise.all(targets.map((t) => runCheck(deps.runners, t.id, t.check, deps.ctx)));
    const results = targets.map((t, i) => {
      const o = outcomes[i]!;
      const status: SyntheticStatus = o.ok ? 'up' : 'down';
      const changed = status !== t.status;
      const since = changed || !t.statusSince ? at : Date.parse(t.statusSince);
      return { targetId: t.id, at, ok: o.ok, latencyMs: o.latencyMs, lossPercent: o.lossPercent, reason: o.reason, detail: o.detail, external: t.external, status, changed, since };
    });
    await deps.repo.record(results, results.map((r) => ({ targetId: r.targetId, status: r.status, since: r.since, result: r })));
    const upstream = upstreamVerdict(results.filter((r) => r.external).map((r) => r.ok), deps.quorum, await deps.devices());
    last = { at, durationMs: Math.round(performance.now() - started), results, upstream };
    deps.bus.emit('synthetic.round', last);
    await deps.repo.expire(Math.floor(at / 1000) - deps.retentionSeconds);
    return last;
  }

  const scheduler = createScheduler({
    intervalMs: deps.intervalMs,
    round: async (at) => {
      await runRound(at);
    },
    log: deps.ctx.log,
  });

  return {
    runRound,
    /** The last round's verdict (null before the first). */
    last: () => last,
    start() {
      scheduler.start();
      // The first verdict should not wait a whole interval (five minutes by default).
      void runRound().catch((err: unknown) => deps.ctx.log.error({ err }, 'synthetic round failed'));
    },
    stop: () => scheduler.stop(),
  };
}
export type SyntheticEngine = ReturnType<typeof createSyntheticEngine>;
