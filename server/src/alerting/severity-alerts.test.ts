import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { adminAuth, createTestApp, QUICK_OUTAGES } from '../test-support/test-app.js';
import { TEST_DB } from '../test-support/test-db.js';
import { createIcmpBlocker } from '../test-support/icmp-block.js';
import { startFakeTelegram, type FakeTelegram } from '../test-support/fake-telegram.js';

// This file's own loopback addresses (one range per database run).
const NET = TEST_DB === 'postgres' ? '127.65.1' : '127.65.0';
const TOKEN = '123456:torre-severity';
const CHAT = '-100777';
const { drop, restore } = createIcmpBlocker();
const settle = () => new Promise((r) => setTimeout(r, 2000));

describe(`alert severity by role, and the minimum sent to Telegram (${TEST_DB})`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: { authorization: string };
  let telegram: FakeTelegram;
  const ids: Record<string, number> = {};
  let clock = Date.now() - 3_600_000;
  const rounds = async (n: number) => {
    for (let i = 0; i < n; i++) {
      await t.monitoring.engine.runRound((clock += 10_000));
      await t.alerting.engine.idle();
    }
  };
  const req = (method: 'GET' | 'PUT' | 'PATCH' | 'POST', url: string, payload?: object) => t.app.inject({ method, url, headers: admin, ...(payload && { payload }) });
  const openAlert = async (name: string) =>
    ((await req('GET', '/api/alerts?state=open')).json().items as { id: number; kind: string; severity: string; deviceId: number; notifiedAt: string | null }[]).find((a) => a.deviceId === ids[name]);

  beforeAll(async () => {
    telegram = await startFakeTelegram({ token: TOKEN });
    t = await createTestApp({ ...QUICK_OUTAGES, TELEGRAM_TOKEN: TOKEN, TELEGRAM_CHAT_ID: CHAT, TELEGRAM_API_URL: telegram.url });
    admin = await adminAuth(t.app);
    const csv = ['name,host,type', `AP-Sul,${NET}.10,ap`, `CPE-Maria,${NET}.20,station`, `CPE-Jose,${NET}.21,cpe`].join('\n');
    expect((await t.app.inject({ method: 'POST', url: '/api/devices/import', headers: { ...admin, 'content-type': 'text/csv' }, payload: csv })).statusCode).toBe(200);
    for (const d of (await req('GET', '/api/devices')).json().items as { id: number; name: string }[]) ids[d.name] = d.id;
    await rounds(1);
  }, 60_000);
  afterEach(restore);
  afterAll(async () => {
    restore();
    await t?.close();
    await telegram?.close();
  });

  it('keeps a customer station down alone as a warning, unsent; sends an AP down as major', async () => {
    expect((await req('GET', '/api/settings/alert-severity')).json()).toEqual({
      down: { router: 'critical', switch: 'critical', ap: 'major', station: 'warning', ptp: 'critical', olt: 'critical', server: 'major', other: 'major' },
      uplink: 'critical',
      minimum: 'major',
    });
    drop(`${NET}.20`);
    await rounds(3);
    await settle();
    expect(await openAlert('CPE-Maria')).toMatchObject({ kind: 'down', severity: 'warning', notifiedAt: null, belowMinimum: true });
    expect(telegram.headlines(CHAT)).toEqual([]);

    drop(`${NET}.10`);
    await rounds(2);
    expect(await telegram.settledHeadlines(1, CHAT)).toEqual(['🟠 AP-Sul fora do ar']);
    expect(await openAlert('AP-Sul')).toMatchObject({ severity: 'major' });
    // Its recovery is sent; the station's, never announced, is not.
    restore();
    await rounds(1);
    expect(await telegram.settledHeadlines(2, CHAT)).toEqual(['🟠 AP-Sul fora do ar', '✅ Resolvido: AP-Sul fora do ar']);
  }, 60_000);

  it("sends the station's next alert once the minimum is lowered to warning", async () => {
    const saved = await req('PUT', '/api/settings/alert-severity', { minimum: 'warning' });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ minimum: 'warning', down: { station: 'warning' } });
    drop(`${NET}.20`);
    await rounds(2);
    expect(await telegram.settledHeadlines(3, CHAT)).toEqual(['🟠 AP-Sul fora do ar', '✅ Resolvido: AP-Sul fora do ar', '🟡 CPE-Maria fora do ar']);
    restore();
    await rounds(1);
    await telegram.settledHeadlines(4, CHAT);
    // Kept across a restart.
    await t.restart();
    expect((await req('GET', '/api/settings/alert-severity')).json()).toMatchObject({ minimum: 'warning' });
    expect((await req('PUT', '/api/settings/alert-severity', { minimum: 'major' })).statusCode).toBe(200);
  }, 60_000);

  it("recomputes an open alert's severity when its device's type changes, and announces it once when it now crosses the minimum", async () => {
    const before = telegram.headlines(CHAT).length;
    drop(`${NET}.21`);
    await rounds(3);
    expect(await openAlert('CPE-Jose')).toMatchObject({ severity: 'warning', notifiedAt: null, belowMinimum: true });

    expect((await req('PATCH', `/api/devices/${ids['CPE-Jose']}`, { type: 'ptp' })).statusCode).toBe(200);
    await t.alerting.engine.idle();
    expect(await openAlert('CPE-Jose')).toMatchObject({ severity: 'critical' });
    await rounds(2);
    expect((await telegram.settledHeadlines(before + 1, CHAT)).slice(before)).toEqual(['🔴 CPE-Jose fora do ar']);
    expect(await openAlert('CPE-Jose')).toMatchObject({ notifiedAt: expect.any(String), belowMinimum: false });

    // Back to a station: the open alert follows; nothing more is sent for it.
    expect((await req('PATCH', `/api/devices/${ids['CPE-Jose']}`, { type: 'station' })).statusCode).toBe(200);
    await t.alerting.engine.idle();
    expect(await openAlert('CPE-Jose')).toMatchObject({ severity: 'warning' });
    await rounds(2);
    await settle();
    expect(telegram.headlines(CHAT)).toHaveLength(before + 1);

    // Made a tower's uplink: critical, whatever its type; it was announced already, so nothing more is sent.
    const tower = await t.app.inject({ method: 'POST', url: '/api/towers', headers: admin, payload: { name: 'Sítio', latitude: -10, longitude: -50, uplinkDeviceId: ids['CPE-Jose'] } });
    expect(tower.statusCode, tower.body).toBe(201);
    await t.alerting.engine.idle();
    expect(await openAlert('CPE-Jose')).toMatchObject({ severity: 'critical' });
    await rounds(1);
    await settle();
    expect(telegram.headlines(CHAT)).toHaveLength(before + 1);
  }, 60_000);

  it('rejects a bad severity or an unknown type with 400 naming the field', async () => {
    const bad = await req('PUT', '/api/settings/alert-severity', { down: { station: 'urgent' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields[0]).toMatchObject({ field: 'down.station' });
    const unknown = await req('PUT', '/api/settings/alert-severity', { down: { toaster: 'critical' } });
    expect(unknown.statusCode).toBe(400);
    expect(JSON.stringify(unknown.json().fields)).toContain('toaster');
    const min = await req('PUT', '/api/settings/alert-severity', { minimum: 'none' });
    expect(min.statusCode).toBe(400);
    expect(min.json().fields[0]).toMatchObject({ field: 'minimum' });
    expect((await req('GET', '/api/settings/alert-severity')).json()).toMatchObject({ minimum: 'major', down: { station: 'warning' } });
  });
});
