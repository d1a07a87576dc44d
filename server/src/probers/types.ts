import type { FastifyBaseLogger } from 'fastify';

/** What a prober probes: a device (or, later, a synthetic target) by id and address. */
export interface ProbeTarget {
  id: number;
  host: string;
}

export interface ProbeContext {
  log: Pick<FastifyBaseLogger, 'warn' | 'error' | 'info' | 'debug'>;
}

/**
 * The result of one probe. A failed probe is a result with a reason, never an exception:
 * probers throw only on bugs (STYLE.md).
 */
export interface ProbeResult<D> {
  ok: boolean;
  /** Why the probe failed ("timeout", "dns: ENOTFOUND", "fping: not installed"), else null. */
  reason: string | null;
  data: D;
}

/** Every prober has this one signature; the engine never branches on a prober's name. */
export type ProbeFn<C, D> = (target: ProbeTarget, config: C, ctx: ProbeContext) => Promise<ProbeResult<D>>;
