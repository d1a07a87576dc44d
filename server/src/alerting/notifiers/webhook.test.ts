import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebhookReceiver } from '../../test-support/webhook-receiver.js';
import { createWebhookNotifier, signBody } from './webhook.js';

describe('webhook notifier', () => {
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  beforeAll(async () => {
    receiver = await startWebhookReceiver();
  });
  afterAll(async () => {
    await receiver.close();
  });

  it('posts JSON signed with HMAC-SHA256 of the exact body', async () => {
    const secret = 'a-long-shared-secret';
    const r = await createWebhookNotifier({ secret }).send(receiver.url, { event: 'alert.opened', alert: { id: 1, message: 'RB-Core fora do ar' } });
    expect(r).toEqual({ ok: true });
    const last = receiver.got.at(-1)!;
    expect(JSON.parse(last.body)).toEqual({ event: 'alert.opened', alert: { id: 1, message: 'RB-Core fora do ar' } });
    expect(last.signature).toBe(signBody(last.body, secret));
  });

  it('retries 5xx and 429, gives up on other refusals, reports a closed port', async () => {
    receiver.statuses.push(503, 429, 410);
    const n = createWebhookNotifier({});
    expect(await n.send(receiver.url, {})).toMatchObject({ ok: false, error: 'webhook 503 Service Unavailable' });
    expect(await n.send(receiver.url, {})).toMatchObject({ ok: false, error: 'webhook 429 Too Many Requests' });
    expect(await n.send(receiver.url, {})).toMatchObject({ ok: false, permanent: true });
    expect(receiver.got.at(-1)!.signature).toBeUndefined();
    const closed = await n.send('http://127.0.0.1:9/hook', {});
    expect(closed).toMatchObject({ ok: false });
    expect(closed.ok === false && closed.permanent).toBeFalsy();
  });
});
