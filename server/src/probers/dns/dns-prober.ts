import dns from 'node:dns';
import net from 'node:net';
import type { ProbeFn } from '../types.js';

export const DNS_RECORD_TYPES = ['A', 'AAAA', 'MX', 'TXT', 'NS', 'CNAME', 'SOA', 'PTR'] as const;
export type DnsRecordType = (typeof DNS_RECORD_TYPES)[number];

export interface DnsConfig {
  /** The name to resolve (a reverse name for PTR: 1.0.0.127.in-addr.arpa). */
  name: string;
  recordType: DnsRecordType;
  /** An answer that must be among those returned (case-insensitive), else the check fails. */
  expected: string | null;
  port: number;
  timeoutMs: number;
}

export interface DnsData {
  latencyMs: number | null;
  /** The answers, as text: addresses, "10 mx.example.com", TXT strings joined. */
  answers: string[];
}

/** One line per record, whatever its type, so answers compare and display the same way. */
function answerText(type: DnsRecordType, records: unknown): string[] {
  switch (type) {
    case 'MX':
      return (records as dns.MxRecord[]).map((r) => `${r.priority} ${r.exchange}`);
    case 'TXT':
      return (records as string[][]).map((chunks) => chunks.join(''));
    case 'SOA': {
      const r = records as dns.SoaRecord;
      return [`${r.nsname} ${r.hostmaster} ${r.serial}`];
    }
    default:
      return records as string[];
  }
}

/**
 * Asks one resolver (target.host, an IP address) one question, as a real DNS query over UDP:
 * not the system's resolver, so "8.8.8.8 answers" means exactly that. A resolver that answers
 * NXDOMAIN or SERVFAIL answered, but the check fails with that reason.
 */
export function createDnsProber(): ProbeFn<DnsConfig, DnsData> {
  return async (target, config) => {
    if (!net.isIP(target.host)) return { ok: false, reason: 'resolver must be an IP address', data: { latencyMs: null, answers: [] } };
    const resolver = new dns.promises.Resolver({ timeout: config.timeoutMs, tries: 1 });
    resolver.setServers([net.isIPv6(target.host) ? `[${target.host}]:${config.port}` : `${target.host}:${config.port}`]);
    const started = performance.now();
    try {
      const records: unknown = await resolver.resolve(config.name, config.recordType);
      const latencyMs = Math.round((performance.now() - started) * 100) / 100;
      const answers = answerText(config.recordType, records);
      if (config.expected !== null && !answers.some((a) => a.toLowerCase() === config.expected!.toLowerCase())) {
        return { ok: false, reason: `unexpected answer: ${answers.join(', ') || 'none'}`, data: { latencyMs, answers } };
      }
      return { ok: true, reason: null, data: { latencyMs, answers } };
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
      // ENOTFOUND is NXDOMAIN, ESERVFAIL a failing resolver, ETIMEOUT no answer at all.
      return { ok: false, reason: `dns: ${code}`, data: { latencyMs: null, answers: [] } };
    } finally {
      resolver.cancel();
    }
  };
}
