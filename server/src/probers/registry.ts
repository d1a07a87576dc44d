import { createIcmpProber } from './icmp/icmp-prober.js';
import { createResolver } from './resolver.js';
import { createSnmpProber } from './snmp/snmp-prober.js';

/** Every prober, by kind. DNS and HTTP join here with the same signature. */
export function createProbers(deps: { fpingPath: string; concurrency: number }) {
  const resolve = createResolver();
  return {
    icmp: createIcmpProber({ fpingPath: deps.fpingPath, concurrency: deps.concurrency, resolve }),
    snmp: createSnmpProber({ resolve }),
  } as const;
}
export type Probers = ReturnType<typeof createProbers>;
