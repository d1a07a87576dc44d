import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { adminAuth, createTestApp, QUICK_OUTAGES } from '../test-support/test-app.js';
import { TEST_DB } from '../test-support/test-db.js';
import { createIcmpBlocker } from '../test-support/icmp-block.js';
import { startFakeTelegram, type FakeTelegram } from '../test-support/fake-telegram.js';
import { startWebhookReceiver } from '../test-support/webhook-receiver.js';
import { signBody } from './notifiers/webhook.js';

// This file's own loopback addresses (one range per database run).
const NET = TEST_DB === 'postgres' ? '127.0.55' : '127.0.54';
const DEPENDENTS = 30;
const TOKEN = '123456:torre-test_token';
const CHATS = ['-1001234', '5550001'];
const { drop, restore } = createIcmpBlocker();
const everyone = [`${NET}.1`, ...Array.from({ length: DEPENDENTS }, (_, i) => `${NET}.${i + 10}`)];

describe(`Telegram alerts through the outbox, against a fake Bot API (${TEST_DB})`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let telegram: FakeTelegram;
  let hook: Awaited<ReturnType<typeof startWebhookReceiver>>;
  const SECRET = 'webhook-secret-for-tests';
  let clock = Date.now() - 3_600_000;
  const round = async () => {
    await t.monitoring.engine.runRound((clock += 10_000));
    await t.alerting.engine.idle();
  };
  /** What each chat received, once the outbox has had time to send it. */
  const received = async (perChat: number) => {
    await expect.poll(() => telegram.delivered().length, { timeout: 15_000, interval: 100 }).toBeGreaterThanOrEqual(perChat * CHATS.length);
    await new Promise((r) => setTimeout(r, 1500)); // anything extra would arrive by now
    return CHATS.map((chat) => telegram.delivered().filter((m) => m.chatId === chat).map((m) => m.text.split('\n')[0]));
  };

  beforeAll(async () => {
    telegram = await startFakeTelegram({ token: TOKEN });
    hook = await startWebhookReceiver();
    hook.statuses.push(500, 500); // the receiver is down for a while: the outbox retries
    t = await createTestApp({
      ...QUICK_OUTAGES,
      TELEGRAM_TOKEN: TOKEN,
      TELEGRAM_CHAT_ID: CHATS.join(','),
      TELEGRAM_API_URL: telegram.url,
      PUBLIC_URL: 'http://127.0.0.1:8080',
      WEBHOOK_URLS: hook.url,
      WEBHOOK_SECRET: SECRET,
    });
    const admin = await adminAuth(t.app);
    const tower = (await t.app.inject({ method: 'POST', url: '/api/towers', headers: admin, payload: { name: 'Serra Azul', latitude: -10, longitude: -50 } })).json();
    const csv = ['name,host,type,tower', `RB-Core,${NET}.1,router,Serra Azul`, ...Array.from({ length: DEPENDENTS }, (_, i) => `AP-${i + 1},${NET}.${i + 10},ap,Serra Azul`)].join('\n');
    expect((await t.app.inject({ method: 'POST', url: '/api/devices/import', headers: { ...admin, 'content-type': 'text/csv' }, payload: csv })).statusCode).toBe(200);
    const core = ((await t.app.inject({ method: 'GET', url: '/api/devices?q=RB-Core', headers: admin })).json().items as { id: number }[])[0]!;
    await t.app.inject({ method: 'PATCH', url: `/api/towers/${tower.id}`, headers: admin, payload: { uplinkDeviceId: core.id } });
    await round();
  }, 60_000);
  afterEach(restore);
  afterAll(async () => {
    restore();
    await t?.close();
    await telegram?.close();
    await hook?.close();
  });

  it('sends each chat one message for an uplink and its 30 dependents, none twice across a restart, and one recovery', async () => {
    drop(...everyone);
    await round();
    await round();
    const opened = '🔴 <b>Torre Serra Azul: RB-Core fora do ar; 30 equipamentos afetados</b>';
    expect(await received(1)).toEqual([[opened], [opened]]);

    // A restart during the outage: statuses and the open alert resume; nothing is sent again.
    await t.restart();
    await round();
    await round();
    expect(await received(1)).toEqual([[opened], [opened]]);

    restore();
    await round();
    const closed = '✅ <b>Resolvido: Torre Serra Azul: RB-Core fora do ar; 30 equipamentos afetados</b>';
    expect(await received(2)).toEqual([
      [opened, closed],
      [opened, closed],
    ]);
    const first = telegram.delivered()[0]!;
    expect(first.parseMode).toBe('HTML');
    expect(first.text).toContain('<a href="http://127.0.0.1:8080/equipment/');

    // The webhook got the same two events, signed, once each, after its own outage.
    await expect.poll(() => hook.got.filter((g) => g.body).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(4);
    const delivered = hook.got.slice(2);
    expect(delivered.map((g) => (JSON.parse(g.body) as { event: string }).event)).toEqual(['alert.opened', 'alert.resolved']);
    for (const g of delivered) expect(g.signature).toBe(signBody(g.body, SECRET));
    expect((JSON.parse(delivered[0]!.body) as { alert: { affected: number[] } }).alert.affected).toHaveLength(DEPENDENTS);
  }, 90_000);

  it('sends a dependent that fails alone a message of its own, and its recovery', async () => {
    const before = telegram.delivered().length / CHATS.length;
    drop(`${NET}.14`); // AP-5, on the tower, while RB-Core stays up
    await round();
    await round();
    const opened = '🟠 <b>Torre Serra Azul: AP-5 fora do ar</b>'; // an access point: major
    expect((await received(before + 1)).map((chat) => chat.slice(before))).toEqual([[opened], [opened]]);
    restore();
    await round();
    const closed = '✅ <b>Resolvido: Torre Serra Azul: AP-5 fora do ar</b>';
    expect((await received(before + 2)).map((chat) => chat.slice(before))).toEqual([
      [opened, closed],
      [opened, closed],
    ]);
  }, 60_000);
});
