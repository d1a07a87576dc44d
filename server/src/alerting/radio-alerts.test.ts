import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminAuth, createTestApp } from '../test-support/test-app.js';
import { TEST_DB } from '../test-support/test-db.js';
import { startSnmpsim, type Snmpsim } from '../test-support/snmpsim.js';
import { snmpFixturesDir } from '../test-support/snmp-fixtures.js';
import type { Alert } from '../db/repos/alerts.js';
import type { NotifyPhase } from './alert-engine.js';

// This file's own loopback address (one per database run) and port.
const HOST = TEST_DB === 'postgres' ? '127.0.59.1' : '127.0.58.1';
const PORT = 11166;

describe(`weak-link alerts from SNMP (${TEST_DB})`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let sim: Snmpsim;
  let admin: { authorization: string };
  let id = 0;
  const sent: string[] = [];
  const poll = async () => {
    await t.monitoring.snmp.engine.runCycle(Date.now());
    await t.alerting.engine.idle();
  };

  beforeAll(async () => {
    // The DynaDish station's recording reads -47 dBm: weak against a -45 dBm limit.
    t = await createTestApp({ SIGNAL_LOW_DBM: '-45', WIRELESS_ALERT_POLLS: '2', SNMP_TIMEOUT_MS: '1000' }, TEST_DB, async (a: Alert, phase: NotifyPhase) => {
      sent.push(`${phase}: ${a.message}`);
    });
    admin = await adminAuth(t.app);
    // This file is about weak links, not severity: every alert is sent, a customer station's too.
    expect((await t.app.inject({ method: 'PUT', url: '/api/settings/alert-severity', headers: admin, payload: { minimum: 'info' } })).statusCode).toBe(200);
    sim = await startSnmpsim({ sourceDir: snmpFixturesDir(), endpoints: [`${HOST}:${PORT}`], probeCommunity: 'routeros_station' });
    const r = await t.app.inject({ method: 'POST', url: '/api/devices', headers: admin, payload: { name: 'CPE Sítio', host: HOST, type: 'station', snmp: { version: '2c', community: 'routeros_station', port: PORT } } });
    id = r.json().id;
  }, 60_000);
  afterAll(async () => {
    await sim?.stop();
    await t?.close();
  });

  it('opens an alert after the configured number of weak polls, and resolves it past the limit', async () => {
    await poll();
    expect(sent).toEqual([]);
    await poll();
    expect(sent).toEqual(['open: CPE Sítio: sinal fraco, -47 dBm (limite -45 dBm)']);
    await poll();
    expect(sent).toHaveLength(1);
    // Re-aimed: the same address now answers like the airFiber link at -42 dBm.
    await t.app.inject({ method: 'PATCH', url: `/api/devices/${id}`, headers: admin, payload: { snmp: { version: '2c', community: 'airos-af', port: PORT } } });
    await poll();
    expect(sent).toEqual(['open: CPE Sítio: sinal fraco, -47 dBm (limite -45 dBm)', 'resolved: CPE Sítio: sinal fraco, -47 dBm (limite -45 dBm)']);
    const alerts = (await t.app.inject({ method: 'GET', url: `/api/alerts?deviceId=${id}`, headers: admin })).json().items as { kind: string; resolvedAt: string | null }[];
    expect(alerts).toMatchObject([{ kind: 'signal_low', resolvedAt: expect.any(String) }]);
  });
});
