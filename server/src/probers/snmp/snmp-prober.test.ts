import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSnmpsim, type Snmpsim } from '../../test-support/snmpsim.js';
import { snmpFixturesDir, snmpRecordingPath, snmpRecordings } from '../../test-support/snmp-fixtures.js';
import { createResolver } from '../resolver.js';
import { parseReading } from './parse/index.js';
import { readSnmprec } from './snmprec.js';
import { createSnmpProber, type SnmpConfig } from './snmp-prober.js';

// This file's own loopback address and port.
const HOST = '127.0.0.41';
const PORT = 11161;
const log = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} };
const probe = createSnmpProber({ resolve: createResolver() });
const config = (community: string, extra: Partial<SnmpConfig> = {}): SnmpConfig => ({
  timeoutMs: 1500,
  retries: 1,
  settings: { version: '2c', community, port: PORT },
  ...extra,
});

describe('SNMP prober against snmpsimd serving real device recordings', () => {
  let sim: Snmpsim;
  beforeAll(async () => {
    sim = await startSnmpsim({ sourceDir: snmpFixturesDir(), endpoints: [`${HOST}:${PORT}`], probeCommunity: 'airos' });
  }, 90_000);
  afterAll(async () => {
    await sim?.stop();
  });

  it('has the recordings to test with', () => {
    expect(snmpRecordings().length).toBeGreaterThanOrEqual(8);
  });

  // What comes over the wire parses to exactly what the recording says (the parsers' own
  // tests assert each recording's values): the walk reaches every object the parsers read.
  for (const name of snmpRecordings()) {
    it(`polls ${name} fully over SNMP v2c`, async () => {
      const r = await probe({ id: 1, host: HOST }, config(name), { log });
      expect(r.reason).toBeNull();
      expect(r.ok).toBe(true);
      expect(r.data.reading).toEqual(parseReading(readSnmprec(snmpRecordingPath(name))));
      expect(r.data.requests).toBeGreaterThan(0);
    });
  }

  it('polls over SNMP v1 (GETNEXT walks) with the same result where no 64-bit counter is involved', async () => {
    const r = await probe({ id: 1, host: HOST }, config('airos', { settings: { version: '1', community: 'airos', port: PORT } }), { log });
    expect(r.ok).toBe(true);
    expect(r.data.reading).toEqual(parseReading(readSnmprec(snmpRecordingPath('airos'))));
  });

  it('walks with small GETBULK windows and gets the same answer', async () => {
    const r = await probe({ id: 1, host: HOST }, config('routeros', { walk: { maxRepetitions: 2, perRequest: 3, maxRequests: 5000 } }), { log });
    expect(r.ok).toBe(true);
    expect(r.data.reading).toEqual(parseReading(readSnmprec(snmpRecordingPath('routeros'))));
  });

  it('reports a wrong community as a failed result with a reason, not an exception', async () => {
    const r = await probe({ id: 1, host: HOST }, config('not-a-community', { timeoutMs: 300, retries: 0 }), { log });
    expect(r.ok).toBe(false);
    expect(r.reason).toMatch(/^timeout: no SNMP answer/);
    expect(r.data.reading).toBeNull();
  });

  it('reports an address where nothing listens', async () => {
    const r = await probe({ id: 1, host: '127.0.0.42' }, config('airos', { timeoutMs: 300, retries: 0 }), { log });
    expect(r.ok).toBe(false);
    expect(r.reason).toMatch(/timeout/);
  });

  it('reports a name that does not resolve', async () => {
    // No DNS query leaves this machine: the lookup itself answers "not found".
    const notFound = Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
    const offline = createSnmpProber({ resolve: createResolver({ lookup: () => Promise.reject(notFound) }) });
    const r = await offline({ id: 1, host: 'radio.torre.test' }, config('airos'), { log });
    expect(r.ok).toBe(false);
    expect(r.reason).toMatch(/^dns: /);
  });
});
