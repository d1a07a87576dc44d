import dns from 'node:dns/promises';
import net from 'node:net';

export type Resolve = (host: string) => Promise<{ address: string } | { error: string }>;

/**
 * Resolves DNS names for fping with a cache (fping would otherwise resolve every name every
 * round). Failures are cached briefly so a broken name does not stall each round.
 */
export function createResolver(opts: { ttlMs?: number; negativeTtlMs?: number; lookup?: (host: string) => Promise<string> } = {}): Resolve {
  const ttl = opts.ttlMs ?? 300_000;
  const negativeTtl = opts.negativeTtlMs ?? 30_000;
  const lookup = opts.lookup ?? (async (host: string) => (await dns.lookup(host)).address);
  const cache = new Map<string, { value: { address: string } | { error: string }; expires: number }>();
  return async (host) => {
    if (net.isIP(host)) return { address: host };
    const hit = cache.get(host);
    if (hit && hit.expires > Date.now()) return hit.value;
    let value: { address: string } | { error: string };
    try {
      value = { address: await lookup(host) };
    } catch (err) {
      value = { error: `dns: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` };
    }
    // ±20 % so names resolved together do not all expire in the same round.
    const jitter = 0.8 + Math.random() * 0.4;
    cache.set(host, { value, expires: Date.now() + Math.round(('error' in value ? negativeTtl : ttl) * jitter) });
    return value;
  };
}
