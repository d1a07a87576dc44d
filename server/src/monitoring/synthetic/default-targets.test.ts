import { describe, expect, it } from 'vitest';
import { parseDefaultTargets } from './default-targets.js';

describe('SYNTHETIC_DEFAULT_TARGETS', () => {
  it('gives the built-in set when empty: three resolvers by ping, two by DNS', () => {
    const r = parseDefaultTargets('');
    expect('targets' in r && r.targets.map((t) => t.check)).toEqual([
      { kind: 'icmp', host: '8.8.8.8' },
      { kind: 'icmp', host: '1.1.1.1' },
      { kind: 'icmp', host: '9.9.9.9' },
      { kind: 'dns', resolver: '8.8.8.8', name: 'google.com', recordType: 'A', expected: null },
      { kind: 'dns', resolver: '1.1.1.1', name: 'cloudflare.com', recordType: 'A', expected: null },
    ]);
    expect('targets' in r && r.targets[0]!.name).toBe('Google 8.8.8.8 (ping)');
  });

  it('reads every kind, with ports and expected answers', () => {
    expect(parseDefaultTargets('icmp:127.0.0.1, dns:127.0.0.1@5353/torre.test/aaaa/::1, http://127.0.0.1:8081/ok, tcp:127.0.0.1:22')).toEqual({
      targets: [
        { name: '127.0.0.1 (ping)', check: { kind: 'icmp', host: '127.0.0.1' } },
        { name: '127.0.0.1 (DNS torre.test AAAA)', check: { kind: 'dns', resolver: '127.0.0.1', port: 5353, name: 'torre.test', recordType: 'AAAA', expected: '::1' } },
        { name: 'HTTP http://127.0.0.1:8081/ok', check: { kind: 'http', url: 'http://127.0.0.1:8081/ok', expectedStatus: 200 } },
        { name: 'TCP 127.0.0.1:22', check: { kind: 'tcp', host: '127.0.0.1', port: 22 } },
      ],
    });
    expect(parseDefaultTargets('none')).toEqual({ targets: [] });
  });

  it('names the item it cannot read', () => {
    expect(parseDefaultTargets('icmp:8.8.8.8,ping:1.1.1.1')).toEqual({ error: expect.stringMatching(/^item "ping:1.1.1.1" is not understood: expected /) });
    expect(parseDefaultTargets('dns:resolver.example/google.com')).toHaveProperty('error');
    expect(parseDefaultTargets('dns:8.8.8.8/google.com/BOGUS')).toHaveProperty('error');
    expect(parseDefaultTargets('tcp:8.8.8.8:99999')).toHaveProperty('error');
  });
});
