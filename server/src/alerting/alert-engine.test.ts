import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { adminAuth, createTestApp, QUICK_OUTAGES } from '../test-support/test-app.js';
import { TEST_DB } from '../test-support/test-db.js';
import { createIcmpBlocker } from '../test-support/icmp-block.js';
import type { Alert } from '../db/repos/alerts.js';
import type { NotifyPhase } from './alert-engine.js';

// This file's own loopback addresses (one range per database run).
const NET = TEST_DB === 'postgres' ? '127.0.53' : '127.0.52';
const DEPENDENTS = 30;
const { drop, restore } = createIcmpBlocker();

describe(`alerts from real outages, with root cause (${TEST_DB})`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: { authorization: string };
  const sent: { phase: NotifyPhase; message: string; deviceId: number | null }[] = [];
  const ids: Record<string, number> = {};
  let clock = Date.now() - 3_600_000;
  const round = async () => {
    await t.monitoring.engine.runRound((clock += 10_000));
    await t.alerting.engine.idle();
  };
  const messages = () => sent.map((s) => `${s.phase}: ${s.message}`);

  beforeAll(async () => {
    t = await createTestApp({ ...QUICK_OUTAGES, UP_AFTER: '1' }, TEST_DB, async (alert: Alert, phase: NotifyPhase) => {
      sent.push({ phase, message: alert.message, deviceId: alert.deviceId });
    });
    admin = await adminAuth(t.app);
    // This file is about root cause, not severity: every alert is sent, a customer station's too.
    expect((await t.app.inject({ method: 'PUT', url: '/api/settings/alert-severity', headers: admin, payload: { minimum: 'info' } })).statusCode).toBe(200);
    const tower = (await t.app.inject({ method: 'POST', url: '/api/towers', headers: admin, payload: { name: 'Serra Azul', latitude: -10, longitude: -50 } })).json();
    // The uplink is created last, so it has the highest id: a round's status changes reach
    // alerting in id order, dependents before the uplink that explains them.
    const csv = [
      'name,host,type,tower,parent',
      ...Array.from({ length: DEPENDENTS - 1 }, (_, i) => `AP-${i + 1},${NET}.${i + 10},ap,Serra Azul,`),
      `CPE-1,${NET}.200,station,,${NET}.10`,
      `RB-Core,${NET}.1,router,Serra Azul,`,
    ].join('\n');
    const imp = await t.app.inject({ method: 'POST', url: '/api/devices/import', headers: { ...admin, 'content-type': 'text/csv' }, payload: csv });
    expect(imp.statusCode, imp.body).toBe(200);
    const list = (await t.app.inject({ method: 'GET', url: '/api/devices?limit=100', headers: admin })).json().items as { id: number; name: string }[];
    for (const d of list) ids[d.name] = d.id;
    await t.app.inject({ method: 'PATCH', url: `/api/towers/${tower.id}`, headers: admin, payload: { uplinkDeviceId: ids['RB-Core'] } });
    await round();
    expect(sent).toEqual([]);
  }, 60_000);
  afterEach(restore);
  afterAll(async () => {
    restore();
    await t?.close();
  });

  it('sends one message for a tower uplink and its 30 dependents dropped together, and one recovery', async () => {
    drop(`${NET}.1`, ...Array.from({ length: DEPENDENTS - 1 }, (_, i) => `${NET}.${i + 10}`), `${NET}.200`);
    await round();
    await round();
    await round();
    expect(messages()).toEqual(['open: Torre Serra Azul: RB-Core fora do ar; 30 equipamentos afetados']);
    const open = (await t.app.inject({ method: 'GET', url: '/api/alerts?state=open', headers: admin })).json().items as { deviceId: number; notifiedAt: string | null; affected: number[] }[];
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ deviceId: ids['RB-Core'], notifiedAt: expect.any(String) });
    expect(open[0]!.affected).toHaveLength(DEPENDENTS);
    restore();
    await round();
    await round();
    expect(messages()).toEqual(['open: Torre Serra Azul: RB-Core fora do ar; 30 equipamentos afetados', 'resolved: Torre Serra Azul: RB-Core fora do ar; 30 equipamentos afetados']);
    expect((await t.app.inject({ method: 'GET', url: '/api/alerts?state=open', headers: admin })).json().items).toEqual([]);
  }, 60_000);

  it('sends a child dropped alone its own message', async () => {
    sent.length = 0;
    drop(`${NET}.200`);
    await round();
    await round();
    await round();
    expect(messages()).toEqual(['open: CPE-1 fora do ar']);
    restore();
    await round();
    expect(messages()).toEqual(['open: CPE-1 fora do ar', 'resolved: CPE-1 fora do ar']);
  }, 60_000);

  it('holds a child that fails a round before its parent: only the parent is announced', async () => {
    sent.length = 0;
    drop(`${NET}.200`);
    await round(); // the CPE misses one round
    drop(`${NET}.10`); // its AP starts failing
    await round(); // CPE down; AP failing, not yet down: the CPE is held
    expect(sent).toEqual([]);
    await round(); // AP down: the CPE is unreachable, filed under the AP
    await round();
    expect(messages()).toEqual(['open: Torre Serra Azul: AP-1 fora do ar; 1 equipamento afetado']);
    const cpe = ((await t.app.inject({ method: 'GET', url: `/api/alerts?deviceId=${ids['CPE-1']}&state=open`, headers: admin })).json().items as { suppressedBy: number | null; notifiedAt: string | null }[])[0];
    expect(cpe).toMatchObject({ suppressedBy: expect.any(Number), notifiedAt: null });
    // The AP comes back but the CPE stays down: now the CPE's own alert goes out.
    restore();
    drop(`${NET}.200`);
    await round();
    await round();
    expect(messages()).toEqual(['open: Torre Serra Azul: AP-1 fora do ar; 1 equipamento afetado', 'resolved: Torre Serra Azul: AP-1 fora do ar; 1 equipamento afetado', 'open: CPE-1 fora do ar']);
  }, 60_000);

  it('files an announced dependent outage under its uplink when the uplink fails after it', async () => {
    restore();
    await round();
    await round();
    sent.length = 0;
    drop(`${NET}.11`); // AP-2 alone
    await round();
    await round();
    expect(messages()).toEqual(['open: Torre Serra Azul: AP-2 fora do ar']);
    drop(`${NET}.1`, ...Array.from({ length: DEPENDENTS - 1 }, (_, i) => `${NET}.${i + 10}`).filter((h) => h !== `${NET}.11`), `${NET}.200`);
    await round();
    await round();
    await round();
    expect(messages()).toEqual(['open: Torre Serra Azul: AP-2 fora do ar', 'open: Torre Serra Azul: RB-Core fora do ar; 30 equipamentos afetados']);
    const open = (await t.app.inject({ method: 'GET', url: '/api/alerts?state=open', headers: admin })).json().items as { id: number; deviceId: number; suppressedBy: number | null }[];
    const core = open.find((a) => a.deviceId === ids['RB-Core'])!;
    // Only the uplink's alert is unexplained: AP-2's (and the held CPE's, if any) are filed under it.
    expect(open.filter((a) => a.suppressedBy === null).map((a) => a.deviceId)).toEqual([ids['RB-Core']]);
    expect(open.find((a) => a.deviceId === ids['AP-2'])!.suppressedBy).toBe(core.id);
  }, 60_000);

  it('acknowledges an alert through the API', async () => {
    const open = (await t.app.inject({ method: 'GET', url: '/api/alerts?state=open', headers: admin })).json().items as { id: number }[];
    const ack = await t.app.inject({ method: 'POST', url: `/api/alerts/${open[0]!.id}/ack`, headers: admin });
    expect(ack.statusCode).toBe(200);
    expect(ack.json()).toMatchObject({ acknowledgedAt: expect.any(String), acknowledgedBy: expect.any(String) });
    expect((await t.app.inject({ method: 'POST', url: '/api/alerts/999999/ack', headers: admin })).statusCode).toBe(404);
  });
});
