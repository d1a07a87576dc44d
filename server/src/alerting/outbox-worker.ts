import type { OutboxMessage, OutboxRepo } from '../db/repos/outbox.js';
import type { Notifier, SendResult } from './notifiers/types.js';

export interface OutboxWorkerLog {
  warn: (obj: object, msg: string) => void;
  error: (obj: object, msg: string) => void;
}

/**
 * Storms: when more than `threshold` groupable messages for one target were queued within
 * `windowMs` of the oldest, they go out as one message made by `group`. A message is groupable
 * when `lineOf` gives it a line (alerts); others (bot replies) end the run, so order holds.
 * Every message waits `settleMs` after it was queued, so a burst can gather first.
 */
export interface Coalescing {
  channel: string;
  threshold: number;
  windowMs: number;
  settleMs: number;
  lineOf: (payload: unknown) => string | null;
  group: (lines: string[]) => unknown;
}

export interface OutboxWorkerOptions {
  outbox: Pick<OutboxRepo, 'due' | 'markSending' | 'markSent' | 'markFailed' | 'markDead' | 'pendingFor' | 'inDoubt'>;
  /**
   * What to send for a message that may already have arrived (its last send began and its
   * outcome was never recorded: a crash during the call). By default the same payload.
   */
  possibleRepeat?: (channel: string, payload: unknown) => unknown;
  coalesce?: Coalescing;
  notifiers: Notifier[];
  log: OutboxWorkerLog;
  now?: () => number;
  /** Telegram allows about one message per second per chat. Counts every attempt, from its answer. */
  minIntervalMsPerTarget?: number;
  /** Retry delay: baseMs doubling per attempt up to maxMs (or the remote's retryAfterMs, if longer). */
  backoff?: { baseMs?: number; maxMs?: number };
  /** How often an idle worker looks for due messages; kick() wakes it sooner. */
  pollMs?: number;
  /** Targets served per pass. */
  batchSize?: number;
}

/**
 * Sends the outbox. Per target (channel + target) messages go strictly in id order: the head
 * message blocks later ones to the same target until it is sent or dies; other targets go on,
 * even while one hangs.
 * Retryable failures back off; permanent ones are marked dead (see NEVER in the repo) and the
 * target moves on. A message is marked sent only after the notifier said so, so a stop, a
 * restart or a crash before that point resends nothing already acknowledged.
 * Delivery is at least once: the send is recorded as begun before the call, so a crash during
 * the call leaves the message in doubt; it is sent again after the restart, as a possible
 * repeat. Only a crash while the remote is answering (or before its answer is recorded) repeats.
 */
export function createOutboxWorker(o: OutboxWorkerOptions) {
  const now = o.now ?? Date.now;
  const minInterval = o.minIntervalMsPerTarget ?? 1000;
  const baseMs = o.backoff?.baseMs ?? 1000;
  const maxMs = o.backoff?.maxMs ?? 300_000;
  const pollMs = o.pollMs ?? 500;
  const batchSize = o.batchSize ?? 100;
  const notifiers = new Map<string, Notifier>();
  for (const n of o.notifiers) {
    if (notifiers.has(n.channel)) throw new Error(`two notifiers for channel ${n.channel}`);
    notifiers.set(n.channel, n);
  }
  const key = (m: OutboxMessage) => `${m.channel}\0${m.target}`;
  const lastAttemptAt = new Map<string, number>();
  const warnedChannels = new Set<string>();
  // Sends run on their own, one per target at most, so a target that hangs until its timeout
  // holds back only itself. `doneSeq` tells a pass that a send finished while it was reading
  // the queue: its view of that target is stale (the message may just have been marked sent).
  const inFlight = new Map<string, Promise<void>>();
  const doneSeq = new Map<string, number>();
  let seq = 0;
  let running = false;
  let generation = 0;
  let loop: Promise<void> | null = null;
  let wake: (() => void) | null = null;
  let kicked = false;
  /** Makes the loop look again now rather than at the next poll. */
  const nudge = () => {
    kicked = true;
    wake?.();
  };

  /** The head message, or the storm it starts as one grouped payload with every id it covers. */
  async function gather(m: OutboxMessage): Promise<{ payload: unknown; ids: number[] }> {
    const c = o.coalesce;
    if (!c || c.channel !== m.channel || c.lineOf(m.payload) === null) return { payload: m.payload, ids: [m.id] };
    const run: { id: number; line: string }[] = [];
    for (const p of await o.outbox.pendingFor(m.channel, m.target, 200)) {
      const line = c.lineOf(p.payload);
      if (line === null || p.createdAt - m.createdAt > c.windowMs) break;
      run.push({ id: p.id, line });
    }
    if (run.length <= c.threshold || run[0]?.id !== m.id) return { payload: m.payload, ids: [m.id] };
    return { payload: c.group(run.map((r) => r.line)), ids: run.map((r) => r.id) };
  }

  async function attempt(m: OutboxMessage, notifier: Notifier): Promise<void> {
    let result: SendResult;
    const gathered = await gather(m);
    const { ids } = gathered;
    const payload = m.sendingAt !== null && o.possibleRepeat ? o.possibleRepeat(m.channel, gathered.payload) : gathered.payload;
    // Before the call: a crash from here until the outcome is recorded leaves the rows in doubt.
    await o.outbox.markSending(ids, now());
    try {
      result = await notifier.send(m.target, payload);
    } catch (err) {
      // A notifier throws only on a bug; the message waits (with backoff) for the fix.
      o.log.error({ err, id: m.id, channel: m.channel }, 'notifier threw');
      result = { ok: false, error: `notifier failed: ${err instanceof Error ? err.message : String(err)}` };
    }
    const at = now();
    // Paced from the answer, not the request: the next request then reaches the remote at
    // least the interval after this one did, whatever the network's jitter.
    lastAttemptAt.set(key(m), at);
    if (result.ok) return o.outbox.markSent(ids, at);
    const where = { id: m.id, channel: m.channel, target: m.target, attempts: m.attempts + 1, error: result.error };
    if (result.permanent) {
      o.log.error(where, 'notification cannot be delivered; giving up on it');
      return o.outbox.markDead(m.id, result.error);
    }
    const delay = Math.max(Math.min(baseMs * 2 ** m.attempts, maxMs), result.retryAfterMs ?? 0);
    o.log.warn({ ...where, retryInMs: delay }, 'notification not delivered; will retry');
    return o.outbox.markFailed(m.id, result.error, at + delay);
  }

  function launch(m: OutboxMessage, notifier: Notifier): Promise<void> {
    const k = key(m);
    const p = attempt(m, notifier)
      .catch((err: unknown) => o.log.error({ err, id: m.id }, 'could not record a notification attempt'))
      .finally(() => {
        inFlight.delete(k);
        doneSeq.set(k, ++seq);
        nudge(); // this target's next message may go now
      });
    inFlight.set(k, p);
    return p;
  }

  /** Starts the sends that are due; returns them and how long the loop may sleep. */
  async function pass(): Promise<{ sends: Promise<void>[]; waitMs: number }> {
    const t = now();
    const readSeq = seq;
    const heads = await o.outbox.due(t, batchSize);
    let waitMs = pollMs;
    const sends: Promise<void>[] = [];
    for (const m of heads) {
      const k = key(m);
      if (inFlight.has(k) || (doneSeq.get(k) ?? 0) > readSeq) continue;
      const notifier = notifiers.get(m.channel);
      if (!notifier) {
        // Not configured in this process (e.g. the token was removed): the messages stay queued.
        if (!warnedChannels.has(m.channel)) o.log.warn({ channel: m.channel }, 'queued notifications for a channel that is not configured');
        warnedChannels.add(m.channel);
        continue;
      }
      const last = lastAttemptAt.get(k);
      if (last !== undefined && t - last < minInterval) {
        waitMs = Math.min(waitMs, last + minInterval - t);
        continue;
      }
      const settle = o.coalesce?.channel === m.channel && o.coalesce.lineOf(m.payload) !== null ? o.coalesce.settleMs : 0;
      if (t - m.createdAt < settle) {
        waitMs = Math.min(waitMs, m.createdAt + settle - t);
        continue;
      }
      sends.push(launch(m, notifier));
    }
    if (heads.length === batchSize && sends.length > 0) waitMs = 0;
    return { sends, waitMs };
  }

  // Passes never overlap, whether from the loop or from drainOnce().
  let chain: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const p = chain.then(fn);
    chain = p.catch(() => undefined);
    return p;
  };

  async function run(gen: number) {
    while (running && gen === generation) {
      kicked = false;
      let waitMs = pollMs;
      try {
        waitMs = (await serial(pass)).waitMs;
      } catch (err) {
        o.log.error({ err }, 'outbox pass failed');
        waitMs = Math.max(pollMs, 5000);
      }
      if (!running || gen !== generation || kicked) continue;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(done, waitMs);
        function done() {
          clearTimeout(timer);
          wake = null;
          resolve();
        }
        wake = done;
      });
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      loop = run(++generation);
      // Reconcile: sends a crash interrupted go again (the loop finds them due), and say so.
      o.outbox
        .inDoubt()
        .then((n) => {
          if (n > 0) o.log.warn({ count: n }, 'notifications were being sent when the server stopped; sending them again as possible repeats');
        })
        .catch((err: unknown) => o.log.error({ err }, 'could not count notifications in doubt'));
    },
    /** Stops the loop, waiting for the sends in flight to finish and be recorded. */
    async stop() {
      running = false;
      wake?.();
      await loop;
      await Promise.allSettled([...inFlight.values()]);
    },
    /** Something was enqueued: look now rather than at the next poll. */
    kick: nudge,
    /** One pass, its sends awaited (tests); returns the number of send attempts made. */
    async drainOnce(): Promise<number> {
      const { sends } = await serial(pass);
      await Promise.all(sends);
      return sends.length;
    },
  };
}
export type OutboxWorker = ReturnType<typeof createOutboxWorker>;
