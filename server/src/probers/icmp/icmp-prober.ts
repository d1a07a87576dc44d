import type { ProbeContext, ProbeFn, ProbeResult, ProbeTarget } from '../types.js';
import { isIP } from 'node:net';
import { performance } from 'node:perf_hooks';
import { parseFpingOutput, pingStats, type FpingReport, type PingStats } from './fping-parser.js';
import { planFping } from './fping-plan.js';
import { fpingAcceptsBurst, runFping, type FpingOptions, type FpingRun } from './fping-runner.js';
import type { Resolve } from '../resolver.js';

export type IcmpConfig = FpingOptions;
export type IcmpData = PingStats & { address: string | null };
export type IcmpResult = ProbeResult<IcmpData>;

const EMPTY: PingStats = { sent: 0, received: 0, lossPercent: 100, rttMin: null, rttAvg: null, rttMax: null, rttMedian: null, jitter: null };

interface Pending {
  target: ProbeTarget;
  resolve: (r: IcmpResult) => void;
}

/**
 * The ICMP prober. Each call probes one target, but calls made in the same tick are
 * gathered into one round: their addresses go to fping on stdin in batches (see planFping:
 * bursts when fping allows, else at most `concurrency` paced processes at a time). So the
 * engine can ask for 20,000 devices at once and fping still does the work in a few processes.
 * An explicit `batchSize` (tests) keeps the paced plan.
 */
export function createIcmpProber(deps: { fpingPath: string; concurrency: number; batchSize?: number; resolve: Resolve }): ProbeFn<IcmpConfig, IcmpData> {
  let burst: Promise<boolean> | null = null;
  /** Asked once, at the first round: whether fping may send without pacing (root). */
  const canBurst = () => (burst ??= fpingAcceptsBurst(deps.fpingPath));
  const queues = new Map<string, { config: IcmpConfig; ctx: ProbeContext; items: Pending[] }>();

  async function flush(config: IcmpConfig, ctx: ProbeContext, items: Pending[]) {
    const byAddress = new Map<string, Pending[]>();
    const add = (address: string, p: Pending) => {
      const list = byAddress.get(address);
      if (list) list.push(p);
      else byAddress.set(address, [p]);
    };
    // Addresses need no resolver call: at 20,000 devices a promise each is measurable garbage.
    const named = items.filter((p) => (isIP(p.target.host) ? (add(p.target.host, p), false) : true));
    await Promise.all(
      named.map(async (p) => {
        const r = await deps.resolve(p.target.host);
        if ('error' in r) return p.resolve({ ok: false, reason: r.error, data: { ...EMPTY, address: null } });
        add(r.address, p);
      }),
    );
    const addresses = [...byAddress.keys()];
    const settle = (batch: string[], run: FpingRun) => {
      const reports = run.spawnError ? new Map<string, FpingReport>() : parseFpingOutput(run.output);
      if (run.spawnError) ctx.log.error({ err: run.spawnError }, 'fping could not run');
      for (const address of batch) {
        const report = reports.get(address);
        const stats = report ? pingStats(report.rtts) : EMPTY;
        const reason = run.spawnError
          ? `fping: ${run.spawnError}`
          : !report
            ? 'no answer from fping'
            : stats.received > 0
              ? null
              : (report.notes[0] ?? 'timeout');
        const result: IcmpResult = { ok: stats.received > 0, reason, data: { ...stats, address } };
        for (const p of byAddress.get(address)!) p.resolve(result);
      }
    };
    const plan = planFping(addresses.length, config, deps.concurrency, deps.batchSize === undefined && (await canBurst()));
    if (plan.kind === 'burst') {
      // One run after another, each started once the previous one's bursts are sent.
      const runs: Promise<void>[] = [];
      let nextAt = 0;
      for (let i = 0; i < addresses.length; i += plan.chunk) {
        const wait = nextAt - performance.now();
        if (wait > 0) await new Promise((r) => setTimeout(r, wait));
        nextAt = performance.now() + plan.spacingMs;
        const batch = addresses.slice(i, i + plan.chunk);
        runs.push(runFping(deps.fpingPath, batch, plan.options).then((run) => settle(batch, run)));
      }
      await Promise.all(runs);
      return;
    }
    const batchSize = deps.batchSize ?? plan.batchSize;
    const batches: string[][] = [];
    for (let i = 0; i < addresses.length; i += batchSize) batches.push(addresses.slice(i, i + batchSize));
    let next = 0;
    const worker = async () => {
      while (next < batches.length) {
        const batch = batches[next++]!;
        settle(batch, await runFping(deps.fpingPath, batch, plan.options));
      }
    };
    await Promise.all(Array.from({ length: Math.min(deps.concurrency, batches.length) }, worker));
  }

  // The engine passes the same config object for every device: stringify it once, not per call.
  const keys = new WeakMap<IcmpConfig, string>();
  const keyOf = (config: IcmpConfig) => {
    let key = keys.get(config);
    if (key === undefined) keys.set(config, (key = JSON.stringify(config)));
    return key;
  };

  return (target, config, ctx) =>
    new Promise<IcmpResult>((resolve) => {
      const key = keyOf(config);
      let q = queues.get(key);
      if (!q) {
        q = { config, ctx, items: [] };
        queues.set(key, q);
        setImmediate(() => {
          queues.delete(key);
          flush(q!.config, q!.ctx, q!.items).catch((err: unknown) => {
            ctx.log.error({ err }, 'icmp round failed');
            for (const p of q!.items) p.resolve({ ok: false, reason: `bug: ${String(err)}`, data: { ...EMPTY, address: null } });
          });
        });
      }
      q.items.push({ target, resolve });
    });
}
