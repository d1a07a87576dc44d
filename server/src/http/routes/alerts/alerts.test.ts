import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { adminAuth, createTestApp, QUICK_OUTAGES } from '../../../test-support/test-app.js';
import { TEST_DB } from '../../../test-support/test-db.js';
import { createIcmpBlocker } from '../../../test-support/icmp-block.js';
import type { Alert } from '../../../db/repos/alerts.js';
import type { NotifyPhase } from '../../../alerting/alert-engine.js';
import type { AffectedList, AlertListItem } from './schema.js';

// This file's own loopback addresses (one range per database run).
const NET = TEST_DB === 'postgres' ? '127.82.2' : '127.82.1';
const { drop, restore } = createIcmpBlocker();

describe(`alerts API: flapping with real fping, affected devices, filters, language (${TEST_DB})`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: { authorization: string };
  const sent: { phase: NotifyPhase; message: string; deviceId: number | null }[] = [];
  const ids: Record<string, number> = {};
  let towerId = 0;
  let clock = Date.now() - 3_600_000;
  const round = async () => {
    await t.monitoring.engine.runRound((clock += 10_000));
    await t.alerting.engine.idle();
  };
  const get = async (query: string) => t.app.inject({ method: 'GET', url: `/api/alerts${query}`, headers: admin });
  const list = async (query: string) => {
    const res = await get(query);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ items: AlertListItem[] }>().items;
  };

  beforeAll(async () => {
    t = await createTestApp({ ...QUICK_OUTAGES, DOWN_AFTER: '1', UP_AFTER: '1', FLAP_CHANGES: '4', FLAP_WINDOW_MINUTES: '10' }, TEST_DB, async (alert: Alert, phase: NotifyPhase) => {
      sent.push({ phase, message: alert.message, deviceId: alert.deviceId });
    });
    admin = await adminAuth(t.app);
    const tower = (await t.app.inject({ method: 'POST', url: '/api/towers', headers: admin, payload: { name: 'Torre Morro do Cruzeiro', latitude: -10, longitude: -50 } })).json();
    towerId = tower.id;
    const csv = [
      'name,host,type,tower,parent',
      `PTP-CRZ,${NET}.1,ptp,Torre Morro do Cruzeiro,`,
      `AP-CRZ,${NET}.10,ap,Torre Morro do Cruzeiro,${NET}.1`,
      ...[1, 2, 3].map((i) => `CPE-${i},${NET}.${20 + i},cpe,Torre Morro do Cruzeiro,${NET}.10`),
      `AP-FLAP,${NET}.50,ap,,`,
    ].join('\n');
    const imp = await t.app.inject({ method: 'POST', url: '/api/devices/import', headers: { ...admin, 'content-type': 'text/csv' }, payload: csv });
    expect(imp.statusCode, imp.body).toBe(200);
    for (const d of (await t.app.inject({ method: 'GET', url: '/api/devices?limit=100', headers: admin })).json().items as { id: number; name: string }[]) ids[d.name] = d.id;
    await t.app.inject({ method: 'PATCH', url: `/api/towers/${towerId}`, headers: admin, payload: { uplinkDeviceId: ids['PTP-CRZ'] } });
    await round();
  }, 60_000);
  afterEach(restore);
  afterAll(async () => {
    restore();
    await t?.close();
  });

  it('gives a device whose ICMP is cut and restored every two rounds one flapping alert and no new down alert while it flaps', async () => {
    for (let cycle = 0; cycle < 4; cycle++) {
      drop(`${NET}.50`);
      await round();
      await round();
      restore();
      await round();
      await round();
    }
    const alerts = (await list(`?deviceId=${ids['AP-FLAP']}`)).reverse();
    // The first outage is announced before anything says the device flaps (the fourth change,
    // counting the first answer); from then on its flapping alert is its only alert.
    expect(alerts.map((a) => a.kind)).toEqual(['down', 'flapping']);
    expect(alerts[1]).toMatchObject({ resolvedAt: null, message: 'AP-FLAP instável (oscilando)', severity: 'warning', belowMinimum: true });
    expect(sent.filter((s) => s.deviceId === ids['AP-FLAP']).map((s) => `${s.phase}: ${s.message}`)).toEqual(['open: AP-FLAP fora do ar', 'resolved: AP-FLAP fora do ar']);
  }, 60_000);

  it('lists the devices a root alert took down, by name, a page at a time; the message names the tower once', async () => {
    drop(`${NET}.1`, `${NET}.10`, `${NET}.21`, `${NET}.22`, `${NET}.23`);
    await round();
    await round();
    const [root] = await list(`?deviceId=${ids['PTP-CRZ']}&state=open`);
    expect(root).toMatchObject({ message: 'Torre Morro do Cruzeiro: PTP-CRZ fora do ar; 4 equipamentos afetados', deviceName: 'PTP-CRZ', towerName: 'Torre Morro do Cruzeiro', deviceType: 'ptp' });
    const all = (await t.app.inject({ method: 'GET', url: `/api/alerts/${root!.id}/affected`, headers: admin })).json<AffectedList>();
    expect(all.total).toBe(4);
    expect(all.items.map((d) => [d.name, d.host, d.type, d.role, d.towerName, d.status])).toEqual([
      ['AP-CRZ', `${NET}.10`, 'ap', 'infrastructure', 'Torre Morro do Cruzeiro', 'unreachable'],
      ['CPE-1', `${NET}.21`, 'station', 'customer', 'Torre Morro do Cruzeiro', 'unreachable'],
      ['CPE-2', `${NET}.22`, 'station', 'customer', 'Torre Morro do Cruzeiro', 'unreachable'],
      ['CPE-3', `${NET}.23`, 'station', 'customer', 'Torre Morro do Cruzeiro', 'unreachable'],
    ]);
    const page = (await t.app.inject({ method: 'GET', url: `/api/alerts/${root!.id}/affected?limit=2&offset=2`, headers: admin })).json<AffectedList>();
    expect(page).toMatchObject({ total: 4, items: [{ name: 'CPE-2' }, { name: 'CPE-3' }] });
    expect((await t.app.inject({ method: 'GET', url: '/api/alerts/999999/affected', headers: admin })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/alerts/${root!.id}/affected?limit=0`, headers: admin })).statusCode).toBe(400);

    // The navigation's badge: open alerts counted on the server, and the causes among them (not filed under another alert).
    const open = await list('?state=open');
    const count = (await get('/count')).json<{ open: number; causes: number }>();
    expect(count).toEqual({ open: open.length, causes: open.filter((a) => a.suppressedBy === null).length });
    expect(count.open).toBeGreaterThan(0);

    // In the reader's language, whatever the server's (pt-BR here); Telegram keeps the server's.
    const [en] = await list(`?deviceId=${ids['PTP-CRZ']}&state=open&lang=en`);
    expect(en!.message).toBe('Torre Morro do Cruzeiro: PTP-CRZ is down; 4 devices affected');
    expect(sent.at(-1)!.message).toBe('Torre Morro do Cruzeiro: PTP-CRZ fora do ar; 4 equipamentos afetados');
  }, 60_000);

  it('filters by tower, device type, severity and "not sent", and refuses bad values with 400', async () => {
    const kinds = (items: AlertListItem[]) => items.map((a) => `${a.deviceName}:${a.kind}`).sort();
    // Its dependents are unreachable, with no alert of their own: the tower's only alert is its link's.
    expect(kinds(await list(`?towerId=${towerId}`))).toEqual(['PTP-CRZ:down']);
    expect(kinds(await list('?type=ptp'))).toEqual(['PTP-CRZ:down']);
    expect(kinds(await list('?type=ap&state=open'))).toEqual(expect.arrayContaining(['AP-FLAP:flapping']));
    expect((await list('?type=cpe')).every((a) => a.deviceType === 'station')).toBe(true);
    expect(kinds(await list('?severity=critical'))).toEqual(['PTP-CRZ:down']);
    expect(kinds(await list('?belowMinimum=true'))).toEqual(['AP-FLAP:flapping']);
    expect(kinds(await list('?belowMinimum=false&type=ap'))).toEqual(['AP-FLAP:down']);
    for (const bad of ['?severity=urgent', '?type=toaster', '?towerId=abc', '?towerId=0', '?belowMinimum=maybe', '?lang=fr', '?state=closed']) {
      const res = await get(bad);
      expect(res.statusCode, bad).toBe(400);
    }
  }, 60_000);
});
