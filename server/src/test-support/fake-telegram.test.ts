import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeTelegram, telegramHtmlError, type FakeTelegram } from './fake-telegram.js';

/** The fake stands in for Telegram in every alerting test: its getUpdates must behave like the real one. */
describe('fake Telegram Bot API', () => {
  let fake: FakeTelegram;
  beforeAll(async () => {
    fake = await startFakeTelegram({ token: 'T' });
  });
  afterAll(async () => {
    await fake.close();
  });
  const call = async (method: string, params: object = {}) => {
    const res = await fetch(`${fake.url}/botT/${method}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(params) });
    return (await res.json()) as { ok: boolean; result: { update_id: number; message: { chat: { id: number }; from: { id: number }; text: string } }[] };
  };

  it('answers getMe, and 401 to another token', async () => {
    expect(await call('getMe')).toMatchObject({ ok: true, result: { is_bot: true } });
    const res = await fetch(`${fake.url}/botX/getMe`);
    expect(res.status).toBe(401);
  });

  it('serves updates until an offset acknowledges them', async () => {
    fake.pushUpdate({ chatId: -100, text: '/status', fromId: 7 });
    fake.pushUpdate({ chatId: -100, text: '/down', fromId: 7 });
    const first = await call('getUpdates');
    expect(first.result.map((u) => u.message.text)).toEqual(['/status', '/down']);
    expect(first.result[0]!.message).toMatchObject({ chat: { id: -100 }, from: { id: 7 } });
    const [a, b] = first.result.map((u) => u.update_id);
    expect(b).toBe(a! + 1);
    // not acknowledged yet: served again; offset = last + 1 acknowledges both
    expect((await call('getUpdates', { offset: a })).result).toHaveLength(2);
    expect((await call('getUpdates', { offset: b! + 1 })).result).toEqual([]);
  });

  it('holds a long poll until an update arrives, or the timeout ends', async () => {
    const started = Date.now();
    const polling = call('getUpdates', { timeout: 5 });
    setTimeout(() => fake.pushUpdate({ chatId: 5, text: '/ack 3', fromId: 5 }), 100);
    const r = await polling;
    expect(r.result.map((u) => u.message.text)).toEqual(['/ack 3']);
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
    expect(Date.now() - started).toBeLessThan(2000);

    const next = r.result[0]!.update_id + 1;
    const t = Date.now();
    expect((await call('getUpdates', { offset: next, timeout: 1 })).result).toEqual([]);
    expect(Date.now() - t).toBeGreaterThanOrEqual(950);
  });

  it('refuses HTML that Telegram could not parse', () => {
    expect(telegramHtmlError('<b>RB &lt;Core&gt;</b> &amp; <a href="http://x/?a=1&amp;b=2">link</a> &#128680;')).toBeNull();
    expect(telegramHtmlError('RB <Core>')).toMatch(/Unsupported start tag "core"/);
    expect(telegramHtmlError('a & b')).toMatch(/end of the entity/);
    expect(telegramHtmlError('<b>x')).toMatch(/end tag/);
    expect(telegramHtmlError('<b><i>x</b></i>')).toMatch(/Unexpected end tag/);
  });
});
