import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { adminAuth, createTestApp, QUICK_OUTAGES } from '../test-support/test-app.js';
import { TEST_DB } from '../test-support/test-db.js';
import { createIcmpBlocker } from '../test-support/icmp-block.js';
import { startFakeTelegram, type FakeTelegram } from '../test-support/fake-telegram.js';

// This file's own loopback addresses (one range per database run).
const NET = TEST_DB === 'postgres' ? '127.0.64' : '127.0.63';
const { drop, restore } = createIcmpBlocker();
const TOKEN = '123456:torre-maintenance';
const CHAT = '-100777';
/** Long enough for the outbox to have sent anything that was queued. */
const settle = () => new Promise((r) => setTimeout(r, 1500));

describe(`maintenance windows silence alerts (${TEST_DB})`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: { authorization: string };
  let telegram: FakeTelegram;
  const received = (n: number) => telegram.settledHeadlines(n, CHAT);
  const ids: Record<string, number> = {};
  let towerId = 0;
  // Rounds run on the real clock (windows start and end on it), 10 s apart.
  let clock = Date.now();
  const round = async () => {
    await t.monitoring.engine.runRound((clock += 10_000));
    await t.alerting.engine.idle();
  };

  beforeAll(async () => {
    telegram = await startFakeTelegram({ token: TOKEN });
    t = await createTestApp({
      ...QUICK_OUTAGES,
      TELEGRAM_TOKEN: TOKEN,
      TELEGRAM_CHAT_ID: CHAT,
      TELEGRAM_API_URL: telegram.url,
    });
    admin = await adminAuth(t.app);
    towerId = (await t.app.inject({ method: 'POST', url: '/api/towers', headers: admin, payload: { name: 'Pico', latitude: -10, longitude: -50 } })).json().id;
    for (const [name, n, tower] of [['RB-Pico', 1, true], ['AP-Pico', 2, true], ['Sozinho', 3, false]] as const) {
      ids[name] = (await t.app.inject({ method: 'POST', url: '/api/devices', headers: admin, payload: { name, host: `${NET}.${n}`, type: 'ap', ...(tower && { towerId }) } })).json().id;
    }
    await t.app.inject({ method: 'PATCH', url: `/api/towers/${towerId}`, headers: admin, payload: { uplinkDeviceId: ids['RB-Pico'] } });
    await round();
  }, 60_000);
  afterEach(restore);
  afterAll(async () => {
    restore();
    await t?.close();
    await telegram?.close();
  });

  it('sends nothing for a device in maintenance, keeps its events, and sends the alert when the window ends with it still down', async () => {
    const w = await t.app.inject({ method: 'POST', url: '/api/maintenance', headers: admin, payload: { scope: 'device', targetId: ids.Sozinho, durationMinutes: 60, reason: 'troca de rádio' } });
    expect(w.statusCode, w.body).toBe(201);
    const device = async (name: string) => (await t.app.inject({ method: 'GET', url: `/api/devices/${ids[name]}`, headers: admin })).json() as { maintenance: boolean };
    expect(await device('Sozinho')).toMatchObject({ maintenance: true });
    expect(await device('RB-Pico')).toMatchObject({ maintenance: false });
    drop(`${NET}.3`);
    await round();
    await round();
    await round();
    await settle();
    expect(telegram.headlines()).toEqual([]);
    const events = (await t.app.inject({ method: 'GET', url: `/api/events?deviceId=${ids.Sozinho}`, headers: admin })).json().items as { to: string }[];
    expect(events.map((e) => e.to)).toContain('down');
    expect((await t.app.inject({ method: 'GET', url: '/api/alerts?state=open', headers: admin })).json().items).toMatchObject([{ deviceId: ids.Sozinho, notifiedAt: null }]);

    expect((await t.app.inject({ method: 'DELETE', url: `/api/maintenance/${w.json().id}`, headers: admin })).statusCode).toBe(204);
    expect(await device('Sozinho')).toMatchObject({ maintenance: false });
    await round();
    expect(await received(1)).toEqual(['🟠 Sozinho fora do ar']);
    restore();
    await round();
    expect(await received(2)).toEqual(['🟠 Sozinho fora do ar', '✅ Resolvido: Sozinho fora do ar']);
  }, 60_000);

  it('lets a tower window cover the tower and its dependents: an outage that ends inside it sends nothing at all', async () => {
    const before = telegram.headlines().length;
    const w = await t.app.inject({ method: 'POST', url: '/api/maintenance', headers: admin, payload: { scope: 'tower', targetId: towerId, durationMinutes: 30 } });
    expect(w.statusCode, w.body).toBe(201);
    const list = (await t.app.inject({ method: 'GET', url: '/api/devices?sort=name', headers: admin })).json().items as { name: string; maintenance: boolean }[];
    expect((await t.app.inject({ method: 'GET', url: '/api/summary', headers: admin })).json().maintenance).toBe(2);
    expect((await t.app.inject({ method: 'GET', url: `/api/towers/${towerId}`, headers: admin })).json().maintenance).toBe(2);
    expect(list.map((d) => [d.name, d.maintenance])).toEqual([
      ['AP-Pico', true],
      ['RB-Pico', true],
      ['Sozinho', false],
    ]);
    const names = async (filter: string) =>
      ((await t.app.inject({ method: 'GET', url: `/api/devices?sort=name&${filter}`, headers: admin })).json().items as { name: string }[]).map((d) => d.name);
    expect(await names('maintenance=true')).toEqual(['AP-Pico', 'RB-Pico']);
    expect(await names('maintenance=false')).toEqual(['Sozinho']);
    drop(`${NET}.1`);
    drop(`${NET}.2`);
    await round();
    await round();
    await round();
    restore();
    await round();
    await round();
    await settle();
    expect(telegram.headlines().slice(before)).toEqual([]);
    await t.app.inject({ method: 'DELETE', url: `/api/maintenance/${w.json().id}`, headers: admin });
  }, 60_000);
});
