import type { Notifier, SendResult } from './types.js';

export interface TelegramNotifierOptions {
  /** The Bot API base, e.g. https://api.telegram.org (a fake one in tests). */
  apiUrl: string;
  token: string;
  fetchFn?: typeof fetch;
  timeoutMs?: number;
}

/** The Bot API's answer: https://core.telegram.org/bots/api#making-requests */
interface TelegramAnswer {
  ok?: boolean;
  description?: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

const isTextPayload = (p: unknown): p is { text: string } =>
  typeof p === 'object' && p !== null && typeof (p as { text?: unknown }).text === 'string';

/** Sends `{ text }` (Telegram HTML) to a chat id; target = chat id. */
export function createTelegramNotifier(o: TelegramNotifierOptions): Notifier {
  const fetchFn = o.fetchFn ?? fetch;
  const timeoutMs = o.timeoutMs ?? 10_000;
  const url = `${o.apiUrl.replace(/\/+$/, '')}/bot${o.token}/sendMessage`;
  // The token is part of the URL: whatever text leaves this file goes through here first.
  const redact = (s: string) => (o.token ? s.split(o.token).join('***') : s);

  async function send(target: string, payload: unknown): Promise<SendResult> {
    if (!isTextPayload(payload)) return { ok: false, error: 'telegram payload must be { text: string }', permanent: true };
    let res: Response;
    try {
      res = await fetchFn(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ chat_id: target, text: payload.text, parse_mode: 'HTML', disable_web_page_preview: true }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (err) {
      return { ok: false, error: redact(networkError(err, timeoutMs)) };
    }
    // A proxy's HTML error page or a cut-off body: judge by the status alone.
    const body = (await res.json().catch(() => null)) as TelegramAnswer | null;
    // A 200 whose body got lost was still delivered: resending it would send it twice.
    if (res.status === 200 && body?.ok !== false) return { ok: true };

    const description = body?.description ?? res.statusText;
    let error = redact(`Telegram ${res.status}: ${description}`);
    if (res.status === 429) {
      const seconds = body?.parameters?.retry_after ?? Number(res.headers.get('retry-after'));
      return { ok: false, error, ...(Number.isFinite(seconds) && seconds > 0 && { retryAfterMs: seconds * 1000 }) };
    }
    // A wrong or revoked token (401, or 404 for a malformed one) is the bot's configuration, not
    // the message's fault: keep retrying so the messages go out once the token is fixed.
    if (res.status >= 500 || res.status === 401 || res.status === 404) return { ok: false, error };
    // 400 (chat not found, bad HTML), 403 (bot blocked or kicked): this message will never go.
    const migrated = body?.parameters?.migrate_to_chat_id;
    if (migrated !== undefined) error += ` (the chat is now ${migrated})`;
    return { ok: false, error, permanent: true };
  }

  return { channel: 'telegram', send };
}

function networkError(err: unknown, timeoutMs: number): string {
  if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError')) return `Telegram: no answer within ${timeoutMs} ms`;
  // fetch reports "fetch failed" with the reason (ECONNREFUSED, ENOTFOUND…) in `cause`.
  const cause = err instanceof Error ? (err.cause as { code?: string; message?: string } | undefined) : undefined;
  const reason = cause?.code ?? cause?.message ?? (err instanceof Error ? err.message : String(err));
  return `Telegram unreachable: ${reason}`;
}
