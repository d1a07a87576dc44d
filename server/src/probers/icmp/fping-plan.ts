import type { FpingOptions } from './fping-runner.js';

/** Fewer hosts than this per burst and bursts cost more in process starts than pacing saves. */
export const MIN_BURST_HOSTS = 50;

/**
 * How a round's addresses are split over fping runs.
 * - `burst`: runs of `chunk` addresses with `-i 0`, started `spacingMs` apart, one after another.
 *   Each run sends `count` bursts of at most `chunk` packets, `periodMs` apart, so no period
 *   carries more packets than the paced plan would send in it (a round that fits in one second's
 *   allowance is one run: see planFping), and fping sleeps once per burst
 *   instead of once per packet (that sleep is most of fping's CPU: see
 *   docs/decisions/0011-icmp-cpu-and-memory.md).
 * - `paced`: today's plan, `processes` fping runs at a time with `-i sendIntervalMs`, for fping
 *   builds that refuse `-i 0` (run without root) and allowances too small to burst.
 */
export type FpingPlan =
  | { kind: 'burst'; chunk: number; spacingMs: number; options: FpingOptions }
  | { kind: 'paced'; batchSize: number; processes: number; options: FpingOptions };

/** Packets per second the settings allow on the wire: each process at most one packet per send interval. */
export const wireAllowancePps = (o: FpingOptions, processes: number) => (processes * 1000) / o.sendIntervalMs;

export function planFping(addresses: number, o: FpingOptions, processes: number, canBurst: boolean): FpingPlan {
  const perPeriod = Math.floor((wireAllowancePps(o, processes) * o.periodMs) / 1000);
  if (canBurst && perPeriod >= MIN_BURST_HOSTS) {
    // A round whose packets fit in one second's allowance goes out in one run: however its
    // bursts fall, no second carries more than count × addresses packets. A second fping would
    // cost a start (~5 ms of its CPU, ~10 ms of fork in a server of 100+ MB) for nothing.
    const chunk = addresses * o.count <= wireAllowancePps(o, processes) ? Math.max(addresses, perPeriod) : perPeriod;
    return { kind: 'burst', chunk, spacingMs: o.count * o.periodMs, options: { ...o, sendIntervalMs: 0 } };
  }
  return { kind: 'paced', batchSize: Math.max(MIN_BURST_HOSTS, Math.ceil(addresses / processes)), processes, options: o };
}
