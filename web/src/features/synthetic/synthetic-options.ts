import type { SyntheticCheck, SyntheticKind } from '@server/http/routes/synthetic/schema.js';

export type { SyntheticKind };
export type DnsRecordType = NonNullable<Extract<SyntheticCheck, { kind: 'dns' }>['recordType']>;

// Type-only imports keep TypeBox out of the bundle; `satisfies` fails the build if the server
// adds or drops a kind or a record type.
const KIND_SET = { icmp: true, dns: true, http: true, tcp: true } satisfies Record<SyntheticKind, true>;
const RECORD_TYPE_SET = { A: true, AAAA: true, MX: true, TXT: true, NS: true, CNAME: true, SOA: true, PTR: true } satisfies Record<DnsRecordType, true>;

export const SYNTHETIC_KINDS = Object.keys(KIND_SET) as SyntheticKind[];
export const DNS_RECORD_TYPES = Object.keys(RECORD_TYPE_SET) as DnsRecordType[];

export const isSyntheticKind = (value: string): value is SyntheticKind => Object.hasOwn(KIND_SET, value);
export const isDnsRecordType = (value: string): value is DnsRecordType => Object.hasOwn(RECORD_TYPE_SET, value);

/** What a check looks at, in one line: host, resolver + name + type, URL, host:port. */
export function describeCheck(check: SyntheticCheck): string {
  switch (check.kind) {
    case 'icmp':
      return check.host;
    case 'dns': {
      const resolver = check.port && check.port !== 53 ? hostPort(check.resolver, check.port) : check.resolver;
      return `${resolver} → ${check.name} ${check.recordType ?? 'A'}${check.expected ? ` = ${check.expected}` : ''}`;
    }
    case 'http':
      return check.url;
    case 'tcp':
      return hostPort(check.host, check.port);
  }
}

/** `host:port`, with an IPv6 address in brackets. */
const hostPort = (host: string, port: number) => (host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`);
