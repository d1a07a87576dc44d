import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SnmpSettings } from '../../http/routes/devices/schema.js';
import { startSnmpd } from '../../test-support/snmpd.js';
import { createResolver } from '../resolver.js';
import { createSnmpProber } from './snmp-prober.js';

// This file's own loopback address and port.
const HOST = '127.0.0.48';
const PORT = 11165;
const log = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} };
const probe = createSnmpProber({ resolve: createResolver() });
const poll = (settings: SnmpSettings, timeoutMs = 1500) => probe({ id: 1, host: HOST }, { timeoutMs, retries: 0, settings: { ...settings, port: PORT } }, { log });

describe('SNMPv3 against a real agent (Debian snmpd)', () => {
  let agent: Awaited<ReturnType<typeof startSnmpd>>;
  beforeAll(async () => {
    agent = await startSnmpd({
      endpoint: `${HOST}:${PORT}`,
      sysName: 'torre-v3-agent',
      users: [
        { name: 'md5des', auth: 'MD5', authKey: 'authpass-md5', priv: 'DES', privKey: 'privpass-des' },
        { name: 'shaaes', auth: 'SHA', authKey: 'authpass-sha', priv: 'AES', privKey: 'privpass-aes' },
        { name: 'sha256aes', auth: 'SHA-256', authKey: 'authpass-256', priv: 'AES', privKey: 'privpass-256' },
        { name: 'shaonly', auth: 'SHA', authKey: 'authpass-sha1' },
        { name: 'md5only', auth: 'MD5', authKey: 'authpass-md51' },
      ],
    });
  }, 30_000);
  afterAll(async () => {
    await agent?.stop();
  });

  const cases: [string, SnmpSettings][] = [
    ['authPriv MD5/DES', { version: '3', username: 'md5des', authProtocol: 'md5', authKey: 'authpass-md5', privProtocol: 'des', privKey: 'privpass-des' }],
    ['authPriv SHA/AES', { version: '3', username: 'shaaes', authProtocol: 'sha', authKey: 'authpass-sha', privProtocol: 'aes', privKey: 'privpass-aes' }],
    ['authPriv SHA-256/AES', { version: '3', username: 'sha256aes', authProtocol: 'sha256', authKey: 'authpass-256', privProtocol: 'aes', privKey: 'privpass-256' }],
    ['authNoPriv SHA', { version: '3', username: 'shaonly', authProtocol: 'sha', authKey: 'authpass-sha1' }],
    ['authNoPriv MD5', { version: '3', username: 'md5only', authProtocol: 'md5', authKey: 'authpass-md51' }],
  ];
  for (const [name, settings] of cases) {
    it(`polls system and interfaces with ${name}`, async () => {
      const r = await poll(settings);
      expect(r.reason).toBeNull();
      expect(r.data.reading?.system).toMatchObject({ sysName: 'torre-v3-agent', sysObjectId: expect.stringMatching(/^1\.3\.6\.1\.4\.1\.8072\./) });
      expect(r.data.reading!.system.uptimeSeconds).toBeGreaterThanOrEqual(0);
      // The agent reports this machine's own interfaces: loopback is always there, counting.
      const lo = r.data.reading!.interfaces.find((i) => i.name === 'lo');
      expect(lo).toMatchObject({ operStatus: 'up', counterBits: 64 });
      expect(lo!.inOctets).toBeGreaterThan(0n);
    });
  }

  it('refuses a wrong authentication key with a reason', async () => {
    const r = await poll({ version: '3', username: 'shaaes', authProtocol: 'sha', authKey: 'wrong-key-123', privProtocol: 'aes', privKey: 'privpass-aes' });
    expect(r.ok).toBe(false);
    expect(r.reason).toMatch(/^authentication failed: Wrong Digest/);
  });

  it('refuses an unknown user with a reason', async () => {
    const r = await poll({ version: '3', username: 'nobody-here', authProtocol: 'sha', authKey: 'whatever-123' });
    expect(r.ok).toBe(false);
    expect(r.reason).toMatch(/^unknown SNMPv3 user/);
  });

  it('refuses a wrong privacy key', async () => {
    const r = await poll({ version: '3', username: 'shaaes', authProtocol: 'sha', authKey: 'authpass-sha', privProtocol: 'aes', privKey: 'wrong-priv-1' }, 600);
    expect(r.ok).toBe(false);
    expect(r.reason).not.toBeNull();
  });
});
