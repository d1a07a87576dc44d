import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One sendMessage as the fake received it; `status` is what it answered (200, 429, 500…). */
export interface SentMessage {
  chatId: string;
  text: string;
  parseMode: string | null;
  at: number;
  status: number;
}

interface Failure {
  remaining: number;
  chatId?: string;
  status: number;
  description: string;
  retryAfter?: number;
}

interface Update {
  update_id: number;
  message: { message_id: number; date: number; chat: { id: number; type: string }; from: { id: number; is_bot: false; first_name: string }; text: string };
}

const TAGS = new Set(['b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'span', 'tg-spoiler', 'a', 'code', 'pre', 'blockquote', 'tg-emoji']);

/**
 * Why Telegram would refuse `text` in HTML parse mode (null if it would not): unknown tags,
 * unbalanced tags, a bare < or &, an entity it does not know. Catches missing escaping in tests.
 */
export function telegramHtmlError(text: string): string | null {
  const open: string[] = [];
  for (const m of text.matchAll(/<(\/?)([a-zA-Z-]*)[^<>]*>|&(?:#\d+|#x[0-9a-fA-F]+|lt|gt|amp|quot);|[<&]/g)) {
    const [all, closing, tag] = m;
    if (all === '<') return `Unsupported start tag at byte offset ${m.index}`;
    if (all === '&') return `Can't find end of the entity starting at byte offset ${m.index}`;
    if (all.startsWith('&')) continue;
    const name = tag!.toLowerCase();
    if (!TAGS.has(name)) return `Unsupported start tag "${name}" at byte offset ${m.index}`;
    if (!closing) open.push(name);
    else if (open.pop() !== name) return `Unexpected end tag at byte offset ${m.index}`;
  }
  return open.length ? `Can't find end tag corresponding to start tag "${open.at(-1)}"` : null;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };
const unescapeHtml = (text: string) => text.replace(/&(lt|gt|amp|quot);/g, (_, e: string) => ENTITIES[e]!);

/**
 * A fake Telegram Bot API on 127.0.0.1 (random port): records sendMessage, can be told to fail
 * the next calls (500, 429 with retry_after, any status), answers getMe, and serves getUpdates
 * with long polling and offset acknowledgement from updates a test pushes.
 */
export async function startFakeTelegram(opts: { token?: string } = {}) {
  const calls: SentMessage[] = [];
  const failures: Failure[] = [];
  let updates: Update[] = [];
  let nextUpdateId = 1;
  let nextMessageId = 1;
  let waiters: (() => void)[] = [];
  let closed = false;
  const latencyMs = new Map<string | undefined, number>();

  const fail = (n: number, f: Omit<Failure, 'remaining'>) => {
    if (n > 0) failures.push({ remaining: n, ...f });
  };
  const takeFailure = (chatId: string) => {
    const f = failures.find((x) => x.remaining > 0 && (x.chatId === undefined || x.chatId === chatId));
    if (f) f.remaining--;
    return f;
  };
  const wakeWaiters = () => {
    const w = waiters;
    waiters = [];
    for (const fn of w) fn();
  };

  async function getUpdates(p: Record<string, unknown>) {
    const offset = Number(p.offset ?? 0);
    const limit = Math.min(100, Math.max(1, Number(p.limit ?? 100)));
    const timeoutS = Math.max(0, Number(p.timeout ?? 0));
    // An offset confirms every update before it; a negative one keeps only the last -offset.
    if (offset > 0) updates = updates.filter((u) => u.update_id >= offset);
    else if (offset < 0) updates = updates.slice(offset);
    if (updates.length === 0 && timeoutS > 0 && !closed) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, timeoutS * 1000);
        function done() {
          clearTimeout(timer);
          resolve();
        }
        waiters.push(done);
      });
    }
    return updates.slice(0, limit);
  }

  function sendMessage(p: Record<string, unknown>): { status: number; body: object } {
    const chatId = String(p.chat_id ?? '');
    const text = typeof p.text === 'string' ? p.text : '';
    const parseMode = typeof p.parse_mode === 'string' ? p.parse_mode : null;
    const answer = (status: number, body: object) => {
      calls.push({ chatId, text, parseMode, at: Date.now(), status });
      return { status, body };
    };
    const refuse = (status: number, description: string, parameters?: object) =>
      answer(status, { ok: false, error_code: status, description, ...(parameters && { parameters }) });

    const f = takeFailure(chatId);
    if (f) return refuse(f.status, f.description, f.retryAfter === undefined ? undefined : { retry_after: f.retryAfter });
    if (!chatId) return refuse(400, 'Bad Request: chat_id is empty');
    if (!text) return refuse(400, 'Bad Request: message text is empty');
    if (text.length > 4096) return refuse(400, 'Bad Request: message is too long');
    const htmlError = parseMode === 'HTML' ? telegramHtmlError(text) : null;
    if (htmlError) return refuse(400, `Bad Request: can't parse entities: ${htmlError}`);
    const message = { message_id: nextMessageId++, date: Math.floor(Date.now() / 1000), chat: { id: Number(chatId) }, text };
    return answer(200, { ok: true, result: message });
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const reply = (status: number, body: object) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const m = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(url.pathname);
    if (!m) return reply(404, { ok: false, error_code: 404, description: 'Not Found' });
    if (opts.token !== undefined && decodeURIComponent(m[1]!) !== opts.token) return reply(401, { ok: false, error_code: 401, description: 'Unauthorized' });

    // Telegram takes parameters in the query string, urlencoded or JSON bodies alike.
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const params: Record<string, unknown> = Object.fromEntries(url.searchParams);
    const type = req.headers['content-type'] ?? '';
    if (raw && type.includes('application/json')) Object.assign(params, JSON.parse(raw) as object);
    else if (raw && type.includes('application/x-www-form-urlencoded')) Object.assign(params, Object.fromEntries(new URLSearchParams(raw)));

    switch (m[2]) {
      case 'getMe':
        return reply(200, { ok: true, result: { id: 1, is_bot: true, first_name: 'Torre', username: 'torre_test_bot' } });
      case 'sendMessage': {
        const { status, body } = sendMessage(params);
        const delay = latencyMs.get(String(params.chat_id)) ?? latencyMs.get(undefined) ?? 0;
        if (delay > 0) await new Promise((r) => setTimeout(r, delay));
        return reply(status, body);
      }
      case 'getUpdates':
        return reply(200, { ok: true, result: await getUpdates(params) });
      default:
        return reply(404, { ok: false, error_code: 404, description: 'Not Found: method not found' });
    }
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: false, error_code: 400, description: 'Bad Request: invalid request' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const pushUpdate = (u: { chatId: number | string; text: string; fromId: number | string }) => {
    const chatId = Number(u.chatId);
    updates.push({
      update_id: nextUpdateId++,
      message: {
        message_id: nextMessageId++,
        date: Math.floor(Date.now() / 1000),
        chat: { id: chatId, type: chatId < 0 ? 'supergroup' : 'private' },
        from: { id: Number(u.fromId), is_bot: false, first_name: 'Técnico' },
        text: u.text,
      },
    });
    wakeWaiters();
  };
  const headlines = (chatId?: string) =>
    calls.filter((c) => c.status === 200 && (chatId === undefined || c.chatId === chatId)).map((c) => unescapeHtml(c.text.split('\n')[0]!.replace(/<[^>]*>/g, '')));

  return {
    /** The Bot API base to configure (TELEGRAM_API_URL). */
    url: `http://127.0.0.1:${port}`,
    calls,
    /** Calls answered 200, i.e. messages delivered. */
    delivered: () => calls.filter((c) => c.status === 200),
    /** The first line of each delivered message (to `chatId`, or any), tags and entities removed. */
    headlines,
    /** Sends `text` from a member of `chatId` (as an update the bot polls) and waits for the next message to that chat: the bot's answer. */
    async ask(text: string, chatId: string, o: { fromId?: number; timeoutMs?: number } = {}): Promise<string> {
      const toChat = () => calls.filter((c) => c.status === 200 && c.chatId === chatId);
      const before = toChat().length;
      pushUpdate({ chatId: Number(chatId), text, fromId: o.fromId ?? 42 });
      const deadline = Date.now() + (o.timeoutMs ?? 10_000);
      while (toChat().length <= before) {
        if (Date.now() > deadline) throw new Error(`no answer to ${text} in chat ${chatId}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return toChat().at(-1)!.text;
    },
    /**
     * The headlines once `chatId` (or any chat) holds at least `n` delivered messages, and a
     * moment more so anything extra would have arrived: for "exactly these, once each".
     */
    async settledHeadlines(n: number, chatId?: string, o: { timeoutMs?: number; settleMs?: number } = {}): Promise<string[]> {
      const deadline = Date.now() + (o.timeoutMs ?? 15_000);
      while (headlines(chatId).length < n) {
        if (Date.now() > deadline) throw new Error(`expected ${n} message(s), got ${JSON.stringify(headlines(chatId))}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      await new Promise((r) => setTimeout(r, o.settleMs ?? 1500));
      return headlines(chatId);
    },
    /** The next n sendMessage calls (to `chatId`, or any) answer 500. */
    fail500: (n: number, chatId?: string) => fail(n, { chatId, status: 500, description: 'Internal Server Error' }),
    /** The next n sendMessage calls (to `chatId`, or any) answer 429 with parameters.retry_after. */
    fail429: (n: number, retryAfterSeconds: number, chatId?: string) =>
      fail(n, { chatId, status: 429, description: `Too Many Requests: retry after ${retryAfterSeconds}`, retryAfter: retryAfterSeconds }),
    /** The next n sendMessage calls answer `status` with `description` (e.g. 403 "Forbidden: bot was blocked by the user"). */
    failWith: (n: number, status: number, description: string, chatId?: string) => fail(n, { chatId, status, description }),
    /** Holds sendMessage answers (to `chatId`, or any) this long; the call is recorded on arrival. */
    setLatency: (ms: number, chatId?: string) => void latencyMs.set(chatId, ms),
    /** Forgets failures still scripted. */
    clearFailures: () => void failures.splice(0),
    /** A message a user sent to the bot, for getUpdates. */
    pushUpdate,
    async close() {
      closed = true;
      wakeWaiters();
      // Let released long polls answer before the sockets go.
      await new Promise((resolve) => setImmediate(resolve));
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
export type FakeTelegram = Awaited<ReturnType<typeof startFakeTelegram>>;
