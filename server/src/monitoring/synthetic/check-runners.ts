import type { SyntheticCheck, SyntheticKind } from '../../http/routes/synthetic/schema.js';
import type { DnsConfig, DnsData } from '../../probers/dns/dns-prober.js';
import type { HttpConfig, HttpData } from '../../probers/http/http-prober.js';
import type { IcmpConfig, IcmpData } from '../../probers/icmp/icmp-prober.js';
import type { TcpConfig, TcpData } from '../../probers/tcp/tcp-prober.js';
import type { ProbeContext, ProbeFn } from '../../probers/types.js';

/** What one synthetic check found, whatever its kind. */
export interface CheckOutcome {
  ok: boolean;
  reason: string | null;
  latencyMs: number | null;
  /** ICMP only. */
  lossPercent: number | null;
  /** What is worth keeping besides: DNS answers, HTTP status and certificate days. */
  detail: Record<string, unknown> | null;
}

type Runner<K extends SyntheticKind> = (id: number, check: Extract<SyntheticCheck, { kind: K }>, ctx: ProbeContext) => Promise<CheckOutcome>;
export type CheckRunners = { [K in SyntheticKind]: Runner<K> };

/**
 * One adapter per kind from a stored check to its prober (the same ProbeFn registry as devices'),
 * so the engine runs any check without knowing what it is.
 */
export function createCheckRunners(probers: {
  icmp: ProbeFn<IcmpConfig, IcmpData>;
  dns: ProbeFn<DnsConfig, DnsData>;
  http: ProbeFn<HttpConfig, HttpData>;
  tcp: ProbeFn<TcpConfig, TcpData>;
}, o: { timeoutMs: number; icmp: IcmpConfig }): CheckRunners {
  return {
    async icmp(id, check, ctx) {
      const r = await probers.icmp({ id, host: check.host }, o.icmp, ctx);
      return { ok: r.ok, reason: r.reason, latencyMs: r.data.rttAvg, lossPercent: r.data.lossPercent, detail: r.data.address ? { address: r.data.address } : null };
    },
    async dns(id, check, ctx) {
      const config: DnsConfig = { name: check.name, recordType: check.recordType ?? 'A', expected: check.expected ?? null, port: check.port ?? 53, timeoutMs: o.timeoutMs };
      const r = await probers.dns({ id, host: check.resolver }, config, ctx);
      return { ok: r.ok, reason: r.reason, latencyMs: r.data.latencyMs, lossPercent: null, detail: { answers: r.data.answers } };
    },
    async http(id, check, ctx) {
      const config: HttpConfig = { expectedStatus: check.expectedStatus === undefined ? 200 : check.expectedStatus, bodyMatch: check.bodyMatch ?? null, certMinDays: check.certMinDays ?? null, timeoutMs: o.timeoutMs };
      const r = await probers.http({ id, host: check.url }, config, ctx);
      return { ok: r.ok, reason: r.reason, latencyMs: r.data.latencyMs, lossPercent: null, detail: { status: r.data.status, certDaysLeft: r.data.certDaysLeft, certExpiresAt: r.data.certExpiresAt } };
    },
    async tcp(id, check, ctx) {
      const r = await probers.tcp({ id, host: check.host }, { port: check.port, timeoutMs: o.timeoutMs }, ctx);
      return { ok: r.ok, reason: r.reason, latencyMs: r.data.latencyMs, lossPercent: null, detail: null };
    },
  };
}

/** Runs a check through the runner of its kind. */
export function runCheck(runners: CheckRunners, id: number, check: SyntheticCheck, ctx: ProbeContext): Promise<CheckOutcome> {
  return (runners[check.kind] as Runner<typeof check.kind>)(id, check as never, ctx);
}
