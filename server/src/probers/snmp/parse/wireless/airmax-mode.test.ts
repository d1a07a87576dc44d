import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snmpRecordingPath } from '../../../../test-support/snmp-fixtures.js';
import { startSnmpsim, type Snmpsim } from '../../../../test-support/snmpsim.js';
import { createResolver } from '../../../resolver.js';
import { createSnmpProber } from '../../snmp-prober.js';
import { parseSnmprec } from '../../snmprec.js';
import { parseAirmax } from './airmax.js';

const AIRMAX = '1.3.6.1.4.1.41112.1.4';
const STA_COUNT = `${AIRMAX}.5.1.15.1`; // ubntWlStatStaCount, radio 1
const RADIO_MODE = `${AIRMAX}.1.1.2.`; // ubntRadioMode column
const STA_ENTRY = `${AIRMAX}.7.1.`;

/**
 * The real airos recording (a Rocket Prism AP that reports 22 stations, no ubntRadioMode and no
 * station table) edited into an AP with one client: the count says 1, and that client's row is
 * added to ubntStaTable.
 */
function apWithOneClient(): string {
  const mac = '104.215.154.156.204.212'; // 68:d7:9a:9c:cc:d4
  const station = [`3.1.${mac}|2|-63`, `4.1.${mac}|2|-101`, `11.1.${mac}|2|130000000`, `12.1.${mac}|2|117000000`, `15.1.${mac}|67|8640000`];
  const lines = fs
    .readFileSync(snmpRecordingPath('airos'), 'utf8')
    .trimEnd()
    .split('\n')
    .filter((l) => !l.startsWith(RADIO_MODE))
    .map((l) => (l.startsWith(`${STA_COUNT}|`) ? `${STA_COUNT}|66|1` : l));
  // snmpsimd wants the lines in OID order.
  const at = lines.findIndex((l) => compareOids(l.split('|')[0]!, STA_ENTRY) > 0);
  lines.splice(at === -1 ? lines.length : at, 0, ...station.map((s) => STA_ENTRY + s));
  return lines.join('\n') + '\n';
}

function compareOids(a: string, b: string): number {
  const x = a.split('.').filter(Boolean).map(Number);
  const y = b.split('.').filter(Boolean).map(Number);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}

describe('airMAX radio with no ubntRadioMode and one client', () => {
  const text = apWithOneClient();

  it('the edited recording is what it claims: no mode, a count of 1, one station', () => {
    const map = parseSnmprec(text);
    expect([...map.keys()].some((k) => k.startsWith(RADIO_MODE))).toBe(false);
    expect(map.get(STA_COUNT)).toBe(1);
    expect(parseAirmax(map).clients).toEqual([expect.objectContaining({ mac: '68:d7:9a:9c:cc:d4', signalDbm: -63, uptimeSeconds: 86400 })]);
  });

  it('reports the count the device gives; the configured type decides the mode', () => {
    const map = parseSnmprec(text);
    expect(parseAirmax(map, { mode: 'ap' }).radios).toEqual([expect.objectContaining({ mode: 'ap', clients: 1, frequencyMhz: 5745 })]);
    expect(parseAirmax(map, { mode: 'station' }).radios).toEqual([expect.objectContaining({ mode: 'station', clients: 1 })]);
    // No hint (a router, a PtP link): the old guess for the mode, but the count is still there.
    expect(parseAirmax(map).radios).toEqual([expect.objectContaining({ mode: 'station', clients: 1 })]);
  });

  describe('through real snmpsimd', () => {
    // This file's own loopback address and port.
    const HOST = '127.0.0.57';
    const PORT = 11161;
    const log = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} };
    const probe = createSnmpProber({ resolve: createResolver() });
    let sim: Snmpsim;
    beforeAll(async () => {
      sim = await startSnmpsim({ extraFiles: { 'airos-one-client.snmprec': text }, endpoints: [`${HOST}:${PORT}`], probeCommunity: 'airos-one-client' });
    }, 90_000);
    afterAll(async () => {
      await sim?.stop();
    });

    it('an AP (by its configured type) with one client shows that client', async () => {
      const r = await probe(
        { id: 1, host: HOST },
        { timeoutMs: 1500, retries: 1, settings: { version: '2c', community: 'airos-one-client', port: PORT }, hints: { mode: 'ap' } },
        { log },
      );
      expect(r.reason).toBeNull();
      expect(r.data.reading?.wireless).toEqual([expect.objectContaining({ mode: 'ap', clients: 1, signalDbm: -69 })]);
      expect(r.data.reading?.clients).toHaveLength(1);
    });
  });
});
