import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { adminAuth, createTestApp, QUICK_OUTAGES } from '../test-support/test-app.js';
import { TEST_DB } from '../test-support/test-db.js';
import { createIcmpBlocker } from '../test-support/icmp-block.js';
import { startFakeTelegram, type FakeTelegram } from '../test-support/fake-telegram.js';

// This file's own loopback addresses (one range per database run).
const NET = TEST_DB === 'postgres' ? '127.65.3' : '127.65.2';
const TOKEN = '123456:torre-quiet';
const CHAT = '-100888';
const { drop, restore } = createIcmpBlocker();
const settle = () => new Promise((r) => setTimeout(r, 1500));

describe(`quiet start: no internet-outage alert before any device has answered (${TEST_DB})`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: { authorization: string };
  let telegram: FakeTelegram;
  const warnings: string[] = [];
  let clock = Date.now() - 3_600_000;
  const icmpRound = async () => {
    await t.monitoring.engine.runRound((clock += 10_000));
    await t.alerting.engine.idle();
  };
  const syntheticRound = async () => {
    await t.monitoring.synthetic.runRound((clock += 1_000));
    await t.alerting.engine.idle();
  };
  const internetAlerts = async () => ((await t.app.inject({ method: 'GET', url: '/api/alerts', headers: admin })).json().items as { kind: string }[]).filter((a) => a.kind === 'internet');

  beforeAll(async () => {
    telegram = await startFakeTelegram({ token: TOKEN });
    const quiet = () => {};
    const log = { info: quiet, error: quiet, debug: quiet, warn: (...a: unknown[]) => void warnings.push(String(a[1] ?? a[0])) };
    t = await createTestApp({ ...QUICK_OUTAGES, SYNTHETIC_TIMEOUT_MS: '500', TELEGRAM_TOKEN: TOKEN, TELEGRAM_CHAT_ID: CHAT, TELEGRAM_API_URL: telegram.url }, TEST_DB, undefined, log);
    admin = await adminAuth(t.app);
    const csv = ['name,host,type', `RB-Borda,${NET}.1,router`, `AP-1,${NET}.10,ap`].join('\n');
    expect((await t.app.inject({ method: 'POST', url: '/api/devices/import', headers: { ...admin, 'content-type': 'text/csv' }, payload: csv })).statusCode).toBe(200);
    for (const [name, host] of [['Google', `${NET}.100`], ['Cloudflare', `${NET}.101`]] as const) {
      expect((await t.app.inject({ method: 'POST', url: '/api/synthetic', headers: admin, payload: { name, check: { kind: 'icmp', host } } })).statusCode).toBe(201);
    }
  }, 60_000);
  afterEach(restore);
  afterAll(async () => {
    restore();
    await t?.close();
    await telegram?.close();
  });

  it('raises none while no device has answered since start, and logs why instead', async () => {
    // A fresh start (or an fping that does not work): the devices have no status, the external targets fail.
    drop(`${NET}.1`, `${NET}.10`, `${NET}.100`, `${NET}.101`);
    await syntheticRound();
    await icmpRound();
    await syntheticRound();
    await settle();
    expect(await internetAlerts()).toEqual([]);
    expect(telegram.headlines(CHAT)).toEqual([]);
    expect(warnings.filter((m) => m.includes('no device has answered'))).toHaveLength(1);
  }, 60_000);

  it('alerts as before once a device has answered', async () => {
    drop(`${NET}.100`, `${NET}.101`);
    await icmpRound();
    await syntheticRound();
    expect(await internetAlerts()).toHaveLength(1);
    expect(await telegram.settledHeadlines(1, CHAT)).toEqual(['🔴 Internet fora do ar: 2 de 2 alvos externos sem resposta']);
  }, 60_000);
});
