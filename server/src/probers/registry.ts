import { createDnsProber } from './dns/dns-prober.js';
import { createHttpProber } from './http/http-prober.js';
import { createIcmpProber } from './icmp/icmp-prober.js';
import { createResolver } from './resolver.js';
import { createSnmpProber } from './snmp/snmp-prober.js';
import { createTcpProber } from './tcp/tcp-prober.js';

/** Every prober, by kind, with the one ProbeFn signature. */
export function createProbers(deps: { fpingPath: string; concurrency: number; httpCa?: string[] }) {
  const resolve = createResolver();
  return {
    icmp: createIcmpProber({ fpingPath: deps.fpingPath, concurrency: deps.concurrency, resolve }),
    snmp: createSnmpProber({ resolve }),
    dns: createDnsProber(),
    http: createHttpProber({ ca: deps.httpCa }),
    tcp: createTcpProber(),
  } as const;
}
export type Probers = ReturnType<typeof createProbers>;
