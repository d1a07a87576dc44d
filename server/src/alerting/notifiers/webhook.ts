import crypto from 'node:crypto';
import type { Notifier, SendResult } from './types.js';

export const SIGNATURE_HEADER = 'x-torre-signature';

/** `sha256=<hex>`: HMAC-SHA256 of the exact body with the shared secret, as GitHub signs webhooks. */
export const signBody = (body: string, secret: string) => `sha256=${crypto.createHmac('sha256', secret).update(body).digest('hex')}`;

/**
 * POSTs the payload as JSON to a URL (the target), signed with WEBHOOK_SECRET when one is set.
 * 2xx is delivered; 408, 429, 5xx and network errors are retried; any other answer means the
 * receiver refuses this message for good.
 */
export function createWebhookNotifier(o: { secret?: string; fetchFn?: typeof fetch; timeoutMs?: number }): Notifier {
  const fetchFn = o.fetchFn ?? fetch;
  return {
    channel: 'webhook',
    async send(target: string, payload: unknown): Promise<SendResult> {
      const body = JSON.stringify(payload);
      let res: Response;
      try {
        res = await fetchFn(target, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'user-agent': 'Torre-Webhook', ...(o.secret && { [SIGNATURE_HEADER]: signBody(body, o.secret) }) },
          body,
          signal: AbortSignal.timeout(o.timeoutMs ?? 10_000),
        });
      } catch (err) {
        return { ok: false, error: `webhook: ${(err as Error).name === 'TimeoutError' ? 'timeout' : (err as Error).message}` };
      }
      await res.body?.cancel();
      if (res.ok) return { ok: true };
      const error = `webhook ${res.status} ${res.statusText}`;
      const retryAfter = Number(res.headers.get('retry-after'));
      if (res.status === 408 || res.status === 429 || res.status >= 500) return { ok: false, error, ...(retryAfter > 0 && { retryAfterMs: retryAfter * 1000 }) };
      return { ok: false, error, permanent: true };
    },
  };
}
