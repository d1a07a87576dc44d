interface Update {
  update_id: number;
  message?: { chat: { id: number }; from?: { id: number; username?: string; first_name?: string }; text?: string };
}

/**
 * The bot's side of Telegram: long-polls getUpdates and answers commands. Only the configured
 * chats are obeyed; anyone else is told so and nothing is done. Replies go through `reply`
 * (the outbox), so they keep their order with the alerts sent to the same chat.
 */
export function createTelegramBot(o: {
  apiUrl: string;
  token: string;
  chats: string[];
  handle: (text: string, from: string) => Promise<string>;
  reply: (chatId: string, text: string) => Promise<void>;
  refusal: string;
  log: { warn: (obj: object, msg: string) => void };
  pollSeconds?: number;
  fetchFn?: typeof fetch;
}) {
  const fetchFn = o.fetchFn ?? fetch;
  const base = `${o.apiUrl.replace(/\/+$/, '')}/bot${o.token}`;
  const redact = (s: string) => s.split(o.token).join('***');
  let offset = 0;
  let running = false;
  let abort: AbortController | null = null;
  let loop: Promise<void> | null = null;

  async function poll(): Promise<Update[]> {
    abort = new AbortController();
    const res = await fetchFn(`${base}/getUpdates`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ offset, timeout: o.pollSeconds ?? 25, allowed_updates: ['message'] }),
      signal: abort.signal,
    });
    const body = (await res.json().catch(() => null)) as { ok?: boolean; result?: Update[]; description?: string } | null;
    if (!res.ok || !body?.ok) throw new Error(`getUpdates ${res.status}: ${body?.description ?? res.statusText}`);
    return body.result ?? [];
  }

  async function handle(u: Update) {
    const m = u.message;
    if (!m?.text?.startsWith('/')) return;
    const chatId = String(m.chat.id);
    if (!o.chats.includes(chatId)) return o.reply(chatId, o.refusal);
    // A first name is not unique: the numeric id goes with it.
    const from = m.from?.username ? `telegram:@${m.from.username}` : `telegram:${m.from?.first_name ?? 'user'} (${m.from?.id ?? chatId})`;
    await o.reply(chatId, await o.handle(m.text, from));
  }

  async function run() {
    let failures = 0;
    while (running) {
      try {
        for (const u of await poll()) {
          // Acknowledged before it is handled: a command that fails is not retried forever.
          offset = u.update_id + 1;
          await handle(u).catch((err: unknown) => o.log.warn({ err: redact(String(err)) }, 'bot command failed'));
        }
        failures = 0;
      } catch (err) {
        if (!running) break;
        failures++;
        o.log.warn({ err: redact(String(err)) }, 'Telegram getUpdates failed');
        await new Promise((r) => setTimeout(r, Math.min(60_000, 1000 * 2 ** Math.min(failures, 6))));
      }
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      loop = run();
    },
    async stop() {
      running = false;
      abort?.abort();
      await loop;
    },
  };
}
