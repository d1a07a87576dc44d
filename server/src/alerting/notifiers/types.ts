/**
 * What a notifier reports. Failures are results, not exceptions (a notifier throws only on a
 * bug): `retryAfterMs` is the remote's own wait (Telegram's 429 retry_after); `permanent` means
 * the same message will never succeed (a 400 or a blocked bot), so it is not retried.
 */
export type SendResult = { ok: true } | { ok: false; error: string; retryAfterMs?: number; permanent?: boolean };

/** One channel (telegram, webhook…): sends one outbox payload to one target (a chat id, a URL). */
export interface Notifier {
  channel: string;
  send(target: string, payload: unknown): Promise<SendResult>;
}
