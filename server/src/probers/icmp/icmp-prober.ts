import type { ProbeContext, ProbeFn, ProbeResult, ProbeTarget } from '../types.js';
import { parseFpingOutput, pingStats, type PingStats } from './fping-parser.js';
import { runFping, type FpingOptions } from './fping-runner.js';
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
 * gathered into one round: their addresses go to fping on stdin in batches, with at most
 * `concurrency` fping processes at a time. So the engine can ask for 20,000 devices at once
 * and fping still does the work in a handful of processes.
 */
export function createIcmpProber(deps: { fpingPath: string; concurrency: number; batchSize?: number; resolve: Resolve }): ProbeFn<IcmpConfig, IcmpData> {
  const queues = new Map<string, { config: IcmpConfig; ctx: ProbeContext; items: Pending[] }>();

  async function flush(config: IcmpConfig, ctx: ProbeContext, items: Pending[]) {
    const byAddress = new Map<string, Pending[]>();
    await Promise.all(
      items.map(async (p) => {
        const r = await deps.resolve(p.target.host);
        if ('error' in r) return p.resolve({ ok: false, reason: r.error, data: { ...EMPTY, address: null } });
        const list = byAddress.get(r.address);
        if (list) list.push(p);
        else byAddress.set(r.address, [p]);
      }),
    );
    const addresses = [...byAddress.keys()];
    const batchSize = deps.batchSize ?? Math.max(50, Math.ceil(addresses.length / deps.concurrency));
    const batches: string[][] = [];
    for (let i = 0; i < addresses.length; i += batchSize) batches.push(addresses.slice(i, i + batchSize));
    let next = 0;
    const worker = async () => {
      while (next < batches.length) {
        const batch = batches[next++]!;
        const run = await runFping(deps.fpingPath, batch, config);
        const reports = run.spawnError ? new Map() : parseFpingOutput(run.output);
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
          for (const p of byAddress.get(address) ?? []) p.resolve(result);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(deps.concurrency, batches.length) }, worker));
  }

  return (target, config, ctx) =>
    new Promise<IcmpResult>((resolve) => {
      const key = JSON.stringify(config);
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
