import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { adminAuth, createTestApp, QUICK_OUTAGES } from '../test-support/test-app.js';
import { TEST_DB } from '../test-support/test-db.js';
import { createIcmpBlocker } from '../test-support/icmp-block.js';
import { startDnsServer } from '../test-support/dns-server.js';
import { startFakeTelegram, type FakeTelegram } from '../test-support/fake-telegram.js';

// This file's own loopback addresses (one range per database run).
const NET = TEST_DB === 'postgres' ? '127.0.75' : '127.0.74';
const TOKEN = '123456:torre-internet';
const CHAT = '-100555';
const { drop, restore } = createIcmpBlocker();
const settle = () => new Promise((r) => setTimeout(r, 1500));

describe(`one internet-outage alert when the external targets fail and the network answers (${TEST_DB})`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: { authorization: string };
  let telegram: FakeTelegram;
  let dns: Awaited<ReturnType<typeof startDnsServer>>;
  const ids: Record<string, number> = {};
  let clock = Date.now() - 3_600_000;
  const icmpRound = async () => {
    await t.monitoring.engine.runRound((clock += 10_000));
    await t.alerting.engine.idle();
  };
  const syntheticRound = async () => {
    await t.monitoring.synthetic.runRound((clock += 1_000));
    await t.alerting.engine.idle();
  };
  const received = (n: number) => telegram.settledHeadlines(n, CHAT);
  const openAlerts = async () =>
    (await t.app.inject({ method: 'GET', url: '/api/alerts?state=open', headers: admin })).json().items as { id: number; kind: string; deviceId: number | null; suppressedBy: number | null; affected: number[] }[];

  beforeAll(async () => {
    telegram = await startFakeTelegram({ token: TOKEN });
    dns = await startDnsServer({ 'google.com': [{ type: 'A', name: 'google.com', ttl: 60, data: '127.0.0.80' }] });
    t = await createTestApp({
      ...QUICK_OUTAGES,
      SYNTHETIC_TIMEOUT_MS: '500',
      TELEGRAM_TOKEN: TOKEN,
      TELEGRAM_CHAT_ID: CHAT,
      TELEGRAM_API_URL: telegram.url,
    });
    admin = await adminAuth(t.app);
    const csv = ['name,host,type', `RB-Borda,${NET}.1,router`, `AP-1,${NET}.10,ap`, `AP-2,${NET}.11,ap`, `AP-3,${NET}.12,ap`, `POP-Remoto,${NET}.20,router`].join('\n');
    expect((await t.app.inject({ method: 'POST', url: '/api/devices/import', headers: { ...admin, 'content-type': 'text/csv' }, payload: csv })).statusCode).toBe(200);
    for (const d of (await t.app.inject({ method: 'GET', url: '/api/devices', headers: admin })).json().items as { id: number; name: string }[]) ids[d.name] = d.id;
    // Loopback stand-ins for 8.8.8.8, 1.1.1.1 and a public resolver's DNS answer.
    for (const [name, check] of [
      ['Google', { kind: 'icmp', host: `${NET}.100` }],
      ['Cloudflare', { kind: 'icmp', host: `${NET}.101` }],
      ['DNS Google', { kind: 'dns', resolver: '127.0.0.1', port: dns.port, name: 'google.com' }],
    ] as const) {
      expect((await t.app.inject({ method: 'POST', url: '/api/synthetic', headers: admin, payload: { name, check } })).statusCode).toBe(201);
    }
    await icmpRound();
    await syntheticRound();
  }, 60_000);
  afterEach(() => {
    restore();
    dns.setMode('answer');
  });
  afterAll(async () => {
    restore();
    await t?.close();
    await telegram?.close();
    await dns?.close();
  });

  it('raises one internet alert, files a device outage of that moment under it (not a later one), and sends one recovery', async () => {
    drop(`${NET}.100`, `${NET}.101`);
    dns.setMode('silent');
    await syntheticRound();
    const opened = 'Internet fora do ar: 3 de 3 alvos externos sem resposta';
    expect(await received(1)).toEqual([`🔴 ${opened}`]);
    // The bot's /status says it too.
    expect(await telegram.ask('/status', CHAT)).toContain('Internet: <b>FORA DO AR</b> (3 de 3 alvos externos sem resposta)');

    // A far site reached over the transit stops answering too: not a message of its own.
    drop(`${NET}.20`);
    await icmpRound();
    await icmpRound();
    await icmpRound();
    await settle();
    expect(telegram.headlines(CHAT)).toEqual([`🔴 ${opened}`, expect.stringMatching(/^Status/)]);
    const open = await openAlerts();
    const internet = open.find((a) => a.kind === 'internet')!;
    expect(internet).toMatchObject({ deviceId: null, suppressedBy: null, affected: [ids['POP-Remoto']] });
    expect(open.find((a) => a.deviceId === ids['POP-Remoto'])).toMatchObject({ kind: 'down', suppressedBy: internet.id });

    // Seven minutes into the outage (more than a synthetic interval), an access point fails:
    // not the transit's doing, so it is announced although the internet is still out.
    clock += 7 * 60_000;
    drop(`${NET}.12`);
    await icmpRound();
    await icmpRound();
    await icmpRound();
    expect(await received(3)).toEqual([`🔴 ${opened}`, expect.stringMatching(/^Status/), '🟠 AP-3 fora do ar']);
    expect((await openAlerts()).find((a) => a.deviceId === ids['AP-3'])).toMatchObject({ kind: 'down', suppressedBy: null });

    // Transit back: one recovery. The site still down is now its own outage.
    restore();
    dns.setMode('answer');
    drop(`${NET}.20`, `${NET}.12`);
    await syntheticRound();
    await icmpRound();
    expect(await received(5)).toEqual([`🔴 ${opened}`, expect.stringMatching(/^Status/), '🟠 AP-3 fora do ar', `✅ Resolvido: ${opened}`, '🔴 POP-Remoto fora do ar']);
  }, 60_000);

  it('raises nothing when the devices are silent too: the problem is nearer than the transit', async () => {
    const before = telegram.headlines(CHAT).length;
    restore();
    await icmpRound();
    await icmpRound();
    await settle();
    const sent = telegram.headlines(CHAT).length;
    expect(sent).toBeGreaterThan(before); // POP-Remoto's recovery
    drop(`${NET}.1`, `${NET}.10`, `${NET}.11`, `${NET}.12`, `${NET}.20`, `${NET}.100`, `${NET}.101`);
    dns.setMode('silent');
    await icmpRound();
    await icmpRound();
    await syntheticRound();
    expect((await openAlerts()).filter((a) => a.kind === 'internet')).toEqual([]);
  }, 60_000);
});
