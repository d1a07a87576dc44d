import net from 'node:net';
import { DNS_RECORD_TYPES, type DnsRecordType } from '../../probers/dns/dns-prober.js';
import type { SyntheticCheck } from '../../http/routes/synthetic/schema.js';

/** What a new install checks: three public resolvers by ping, two by a real DNS query. */
export const BUILTIN_DEFAULT_TARGETS = 'icmp:8.8.8.8,icmp:1.1.1.1,icmp:9.9.9.9,dns:8.8.8.8/google.com/A,dns:1.1.1.1/cloudflare.com/A';

const WELL_KNOWN: Record<string, string> = { '8.8.8.8': 'Google', '8.8.4.4': 'Google', '1.1.1.1': 'Cloudflare', '1.0.0.1': 'Cloudflare', '9.9.9.9': 'Quad9' };
const label = (host: string) => (WELL_KNOWN[host] ? `${WELL_KNOWN[host]} ${host}` : host);

export interface DefaultTarget {
  name: string;
  check: SyntheticCheck;
}

const FORMAT = 'a comma-separated list of icmp:HOST, dns:RESOLVER[@PORT]/NAME[/TYPE[/EXPECTED]], http(s)://URL, tcp:HOST:PORT, or "none"';

/**
 * Parses SYNTHETIC_DEFAULT_TARGETS (empty: the built-in set). Returns the targets, or an error
 * naming the item that is wrong and what is accepted.
 */
export function parseDefaultTargets(text: string): { targets: DefaultTarget[] } | { error: string } {
  const source = text.trim() === '' ? BUILTIN_DEFAULT_TARGETS : text.trim();
  if (source.toLowerCase() === 'none') return { targets: [] };
  const targets: DefaultTarget[] = [];
  for (const item of source.split(',').map((s) => s.trim()).filter(Boolean)) {
    const target = parseItem(item);
    if (!target) return { error: `item "${item}" is not understood: expected ${FORMAT}` };
    targets.push(target);
  }
  return { targets };
}

function parseItem(item: string): DefaultTarget | null {
  if (/^https?:\/\/\S+$/.test(item)) return { name: `HTTP ${item}`, check: { kind: 'http', url: item, expectedStatus: 200 } };
  const [kind, ...rest] = item.split(':');
  const spec = rest.join(':');
  if (kind === 'icmp' && spec && !/\s/.test(spec)) return { name: `${label(spec)} (ping)`, check: { kind: 'icmp', host: spec } };
  if (kind === 'tcp') {
    const m = /^(.+):(\d{1,5})$/.exec(spec);
    const port = m ? Number(m[2]) : 0;
    if (!m || port < 1 || port > 65535) return null;
    return { name: `TCP ${m[1]}:${port}`, check: { kind: 'tcp', host: m[1]!.replace(/^\[|\]$/g, ''), port } };
  }
  if (kind === 'dns') {
    const [server, name, type = 'A', expected] = spec.split('/');
    const [resolver, portText] = (server ?? '').split('@');
    const port = portText === undefined ? 53 : Number(portText);
    if (!resolver || !net.isIP(resolver) || !name || !Number.isInteger(port) || port < 1 || port > 65535) return null;
    const recordType = type.toUpperCase() as DnsRecordType;
    if (!DNS_RECORD_TYPES.includes(recordType)) return null;
    return {
      name: `${label(resolver)} (DNS ${name} ${recordType})`,
      check: { kind: 'dns', resolver, ...(port !== 53 && { port }), name, recordType, expected: expected ?? null },
    };
  }
  return null;
}
