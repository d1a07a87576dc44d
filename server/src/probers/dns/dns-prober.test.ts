import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDnsServer } from '../../test-support/dns-server.js';
import { createDnsProber, type DnsConfig } from './dns-prober.js';

const ctx = { log: console };
const probe = createDnsProber();

describe('DNS prober against a DNS server on loopback', () => {
  let server: Awaited<ReturnType<typeof startDnsServer>>;
  const config = (c: Partial<DnsConfig>): DnsConfig => ({ name: 'torre.test', recordType: 'A', expected: null, port: server.port, timeoutMs: 500, ...c });
  const ask = (c: Partial<DnsConfig>) => probe({ id: 1, host: '127.0.0.1' }, config(c), ctx);

  beforeAll(async () => {
    server = await startDnsServer({
      'torre.test': [
        { type: 'A', name: 'torre.test', ttl: 60, data: '127.0.0.80' },
        { type: 'A', name: 'torre.test', ttl: 60, data: '127.0.0.81' },
        { type: 'AAAA', name: 'torre.test', ttl: 60, data: '::1' },
        { type: 'MX', name: 'torre.test', ttl: 60, data: { preference: 10, exchange: 'mx.torre.test' } },
        { type: 'TXT', name: 'torre.test', ttl: 60, data: 'v=spf1 -all' },
      ],
    });
  });
  afterAll(() => server?.close());

  it('resolves A, AAAA, MX and TXT records, with the time the answer took', async () => {
    const a = await ask({});
    expect(a).toMatchObject({ ok: true, reason: null, data: { answers: ['127.0.0.80', '127.0.0.81'] } });
    expect(a.data.latencyMs).toBeGreaterThan(0);
    expect((await ask({ recordType: 'AAAA' })).data.answers).toEqual(['::1']);
    expect((await ask({ recordType: 'MX' })).data.answers).toEqual(['10 mx.torre.test']);
    expect((await ask({ recordType: 'TXT' })).data.answers).toEqual(['v=spf1 -all']);
  });

  it('checks the expected answer', async () => {
    expect((await ask({ expected: '127.0.0.81' })).ok).toBe(true);
    expect(await ask({ expected: '127.0.0.99' })).toMatchObject({ ok: false, reason: 'unexpected answer: 127.0.0.80, 127.0.0.81' });
  });

  it('fails with the reason: NXDOMAIN, SERVFAIL, no answer, not an address', async () => {
    expect(await ask({ name: 'nope.torre.test' })).toMatchObject({ ok: false, reason: 'dns: ENOTFOUND' });
    server.setMode('servfail');
    expect(await ask({})).toMatchObject({ ok: false, reason: 'dns: ESERVFAIL' });
    server.setMode('silent');
    const before = server.queries();
    expect(await ask({})).toMatchObject({ ok: false, reason: 'dns: ETIMEOUT', data: { latencyMs: null } });
    expect(server.queries()).toBeGreaterThan(before);
    server.setMode('answer');
    expect(await probe({ id: 1, host: 'resolver.example' }, config({}), ctx)).toMatchObject({ ok: false, reason: 'resolver must be an IP address' });
  });
});
