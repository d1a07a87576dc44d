import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminAuth, createTestApp } from '../test-support/test-app.js';
import { TEST_DB } from '../test-support/test-db.js';
import { startFakeTelegram, type FakeTelegram } from '../test-support/fake-telegram.js';
import { parseDuration } from './bot-commands.js';

// This file's own loopback addresses (one range per database run).
const NET = TEST_DB === 'postgres' ? '127.0.57' : '127.0.56';
const TOKEN = '123456:torre-bot_token';
const CHAT = '-100777';
const STRANGER = '999';
const DROP = ['OUTPUT', '-d', `${NET}.2`, '-p', 'icmp', '-j', 'DROP'];

describe(`Telegram bot commands (${TEST_DB})`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let telegram: FakeTelegram;
  let admin: { authorization: string };
  let clock = Date.now() - 3_600_000;
  const round = async () => {
    await t.monitoring.engine.runRound((clock += 10_000));
    await t.alerting.engine.idle();
  };
  const ask = (text: string, chatId = CHAT) => telegram.ask(text, chatId);

  beforeAll(async () => {
    telegram = await startFakeTelegram({ token: TOKEN });
    t = await createTestApp({ PING_COUNT: '1', PING_TIMEOUT_MS: '300', DOWN_AFTER: '2', TELEGRAM_TOKEN: TOKEN, TELEGRAM_CHAT_ID: CHAT, TELEGRAM_API_URL: telegram.url });
    admin = await adminAuth(t.app);
    for (const [name, n] of [['Core', 1], ['Setor Norte', 2]] as const) {
      await t.app.inject({ method: 'POST', url: '/api/devices', headers: admin, payload: { name, host: `${NET}.${n}`, type: 'ap' } });
    }
    execFileSync('iptables', ['-I', ...DROP]);
    await round();
    await round();
    await round();
    // The outage's own alert reaches the chat first; the answers come after it.
    for (let i = 0; i < 200 && !telegram.delivered().some((m) => m.text.startsWith('🔴')); i++) await new Promise((r) => setTimeout(r, 50));
  }, 60_000);
  afterAll(async () => {
    execFileSync('iptables', ['-D', ...DROP]);
    await t?.close();
    await telegram?.close();
  });

  it('answers /status and /down from the configured chat', async () => {
    expect(await ask('/status')).toMatch(/No ar: 1 · Degradados: 0 · Fora do ar: 1 .*\nAlertas abertos: 1/);
    const down = await ask('/down@torre_test_bot');
    expect(down.split('\n')[0]).toBe('<b>Fora do ar (1)</b>');
    expect(down).toContain('• Setor Norte');
  });

  it('acknowledges an alert with /ack from the configured chat, and refuses another chat', async () => {
    const alert = ((await t.app.inject({ method: 'GET', url: '/api/alerts?state=open', headers: admin })).json().items as { id: number }[])[0]!;
    expect(await ask(`/ack ${alert.id}`, STRANGER)).toBe('Este chat não está autorizado a comandar o Torre.');
    expect(((await t.app.inject({ method: 'GET', url: '/api/alerts?state=open', headers: admin })).json().items as { acknowledgedAt: string | null }[])[0]!.acknowledgedAt).toBeNull();
    expect(await ask(`/ack ${alert.id}`)).toBe(`Alerta #${alert.id} reconhecido por telegram:Técnico (42): Setor Norte fora do ar`);
    const after = ((await t.app.inject({ method: 'GET', url: '/api/alerts?state=open', headers: admin })).json().items as { acknowledgedBy: string | null }[])[0]!;
    expect(after.acknowledgedBy).toBe('telegram:Técnico (42)');
    expect(await ask('/ack 999999')).toBe('Alerta #999999 não encontrado.');
    expect(await ask('/ack')).toBe('Uso: /ack &lt;número do alerta&gt;');
  });

  it('puts a device in maintenance with /maint and ends it with /unmaint; another chat is refused', async () => {
    expect(await ask('/maint Setor Norte 2h troca de antena', STRANGER)).toBe('Este chat não está autorizado a comandar o Torre.');
    expect((await t.app.inject({ method: 'GET', url: '/api/maintenance', headers: admin })).json().items).toEqual([]);
    expect(await ask('/maint Setor Norte 2h troca de antena')).toMatch(/^Setor Norte em manutenção até /);
    const windows = (await t.app.inject({ method: 'GET', url: '/api/maintenance', headers: admin })).json().items as { scope: string; targetName: string; reason: string; createdBy: string; active: boolean; startsAt: string; endsAt: string }[];
    expect(windows).toMatchObject([{ scope: 'device', targetName: 'Setor Norte', reason: 'troca de antena', createdBy: 'telegram:Técnico (42)', active: true }]);
    expect(Date.parse(windows[0]!.endsAt) - Date.parse(windows[0]!.startsAt)).toBe(2 * 3600_000);
    expect(await ask('/maint Nada Aqui 1h')).toBe('Nenhum equipamento ou torre "Nada Aqui".');
    expect(await ask('/maint Setor Norte')).toMatch(/^Uso: \/maint/);
    expect(await ask('/unmaint setor norte')).toBe('Manutenção de Setor Norte encerrada.');
    expect((await t.app.inject({ method: 'GET', url: '/api/maintenance?state=active', headers: admin })).json().items).toEqual([]);
  });

  it('reads durations', () => {
    expect(['30m', '2h', '1d', '90', '0', 'abc', '31d'].map(parseDuration)).toEqual([30, 120, 1440, 90, null, null, null]);
  });
});
