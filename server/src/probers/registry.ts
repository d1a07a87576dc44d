import { createIcmpProber } from './icmp/icmp-prober.js';
import { createResolver } from './icmp/resolver.js';

/** Every prober, by kind. SNMP, DNS and HTTP join here with the same signature. */
export function createProbers(deps: { fpingPath: string; concurrency: number }) {
  return {
    icmp: createIcmpProber({ fpingPath: deps.fpingPath, concurrency: deps.concurrency, resolve: createResolver() }),
  } as const;
}
export type Probers = ReturnType<typeof createProbers>;
