import type { Kysely, Selectable } from 'kysely';
import type { Database, NotificationOutboxTable } from '../types.js';
import { toIso } from '../types.js';

/**
 * A message that failed for good (Telegram said 400 or 403) keeps `sent_at` null and gets this
 * `next_attempt_at`: it is never due again and no longer holds back its target's later messages,
 * while the row and its error stay visible. No status column needed.
 */
export const NEVER = '9999-12-31T23:59:59.999Z';
const NEVER_MS = Date.parse(NEVER);

export type OutboxState = 'pending' | 'sent' | 'dead';

export interface OutboxMessage {
  id: number;
  channel: string;
  target: string;
  payload: unknown;
  dedupeKey: string | null;
  createdAt: number;
  attempts: number;
  nextAttemptAt: number;
  sentAt: number | null;
  lastError: string | null;
  state: OutboxState;
  /** When a send began whose outcome was never recorded (a crash during it): it may have arrived. */
  sendingAt: number | null;
}

export interface OutboxItem {
  channel: string;
  target: string;
  payload: unknown;
  /** The same key enqueued again (a restart re-deriving a notification) is skipped. */
  dedupeKey?: string;
}

const iso = (ms: number) => toIso(new Date(ms));
const ms = (v: Date | string) => new Date(v).getTime();

function toMessage(r: Selectable<NotificationOutboxTable>): OutboxMessage {
  const nextAttemptAt = ms(r.next_attempt_at);
  const sentAt = r.sent_at === null ? null : ms(r.sent_at);
  return {
    // PostgreSQL bigserial may come back as a string.
    id: Number(r.id),
    channel: r.channel,
    target: r.target,
    payload: JSON.parse(r.payload) as unknown,
    dedupeKey: r.dedupe_key,
    createdAt: ms(r.created_at),
    attempts: Number(r.attempts),
    nextAttemptAt,
    sentAt,
    lastError: r.last_error,
    sendingAt: r.sending_at === null ? null : ms(r.sending_at),
    state: sentAt !== null ? 'sent' : nextAttemptAt >= NEVER_MS ? 'dead' : 'pending',
  };
}

/** The persisted notification outbox: a message is a row before it is sent. */
export function createOutboxRepo(db: Kysely<Database>) {
  return {
    /** Queues items in one transaction, in order; returns the ids of those actually queued. */
    async enqueue(items: OutboxItem[], now = Date.now()): Promise<number[]> {
      if (items.length === 0) return [];
      const at = iso(now);
      return db.transaction().execute(async (tx) => {
        const ids: number[] = [];
        // One row at a time so ids follow the items' order, which is the sending order.
        for (const item of items) {
          const row = await tx
            .insertInto('notification_outbox')
            .values({
              channel: item.channel,
              target: item.target,
              payload: JSON.stringify(item.payload ?? null),
              dedupe_key: item.dedupeKey ?? null,
              created_at: at,
              next_attempt_at: at,
            })
            .onConflict((oc) => oc.column('dedupe_key').doNothing())
            .returning('id')
            .executeTakeFirst();
          if (row) ids.push(Number(row.id));
        }
        return ids;
      });
    },

    /**
     * The oldest unsent, not dead message of each (channel, target), if it is due: a later
     * message never overtakes an earlier one to the same target, even one waiting in backoff.
     */
    async due(now: number, limit: number): Promise<OutboxMessage[]> {
      const rows = await db
        .selectFrom('notification_outbox as o')
        .innerJoin(
          (eb) =>
            eb
              .selectFrom('notification_outbox')
              .select((s) => s.fn.min('id').as('head_id'))
              .where('sent_at', 'is', null)
              .where('next_attempt_at', '<', NEVER)
              .groupBy(['channel', 'target'])
              .as('h'),
          (j) => j.onRef('h.head_id', '=', 'o.id'),
        )
        .selectAll('o')
        .where('o.next_attempt_at', '<=', iso(now))
        .orderBy('o.id')
        .limit(limit)
        .execute();
      return rows.map(toMessage);
    },

    /** The messages waiting for one target, oldest first (to send a storm as one message). */
    async pendingFor(channel: string, target: string, limit: number): Promise<OutboxMessage[]> {
      const rows = await db
        .selectFrom('notification_outbox')
        .selectAll()
        .where('channel', '=', channel)
        .where('target', '=', target)
        .where('sent_at', 'is', null)
        .where('next_attempt_at', '<', NEVER)
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map(toMessage);
    },

    /**
     * Recorded before the messages are handed to their channel: if the process dies before the
     * outcome is recorded, the rows say so (see `sendingAt`). Kept on a repeat, so the mark
     * survives any number of crashes until an outcome is known.
     */
    async markSending(ids: number[], at: number): Promise<void> {
      if (ids.length === 0) return;
      await db
        .updateTable('notification_outbox')
        .set({ sending_at: iso(at) })
        .where('id', 'in', ids)
        .where('sent_at', 'is', null)
        .where('sending_at', 'is', null)
        .execute();
    },

    /** One statement for every id a send covered (a storm's lines), so a crash marks all or none. */
    async markSent(ids: number | number[], at: number): Promise<void> {
      const list = Array.isArray(ids) ? ids : [ids];
      if (list.length === 0) return;
      await db
        .updateTable('notification_outbox')
        .set((eb) => ({ sent_at: iso(at), attempts: eb('attempts', '+', 1) }))
        .where('id', 'in', list)
        .where('sent_at', 'is', null)
        .execute();
    },

    /** Messages whose last send began but never got its outcome recorded: a crash during the call. */
    async inDoubt(): Promise<number> {
      const r = await db
        .selectFrom('notification_outbox')
        .select((s) => s.fn.countAll().as('n'))
        .where('sent_at', 'is', null)
        .where('sending_at', 'is not', null)
        .where('next_attempt_at', '<', NEVER)
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },

    /** The remote answered, so the send is no longer in doubt. */
    async markFailed(id: number, error: string, nextAttemptAt: number): Promise<void> {
      await db
        .updateTable('notification_outbox')
        .set((eb) => ({ last_error: error, next_attempt_at: iso(nextAttemptAt), sending_at: null, attempts: eb('attempts', '+', 1) }))
        .where('id', '=', id)
        .where('sent_at', 'is', null)
        .execute();
    },

    /** A failure that retrying cannot fix: kept with its error, never tried again (see NEVER). */
    async markDead(id: number, error: string): Promise<void> {
      await db
        .updateTable('notification_outbox')
        .set((eb) => ({ last_error: error, next_attempt_at: NEVER, sending_at: null, attempts: eb('attempts', '+', 1) }))
        .where('id', '=', id)
        .where('sent_at', 'is', null)
        .execute();
    },

    /** Messages still to be sent (dead ones excluded). */
    async pending(): Promise<number> {
      const r = await db
        .selectFrom('notification_outbox')
        .select((s) => s.fn.countAll().as('n'))
        .where('sent_at', 'is', null)
        .where('next_attempt_at', '<', NEVER)
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },

    async list(o: { state?: OutboxState; limit?: number } = {}): Promise<OutboxMessage[]> {
      let q = db.selectFrom('notification_outbox').selectAll().orderBy('id').limit(o.limit ?? 1000);
      if (o.state === 'sent') q = q.where('sent_at', 'is not', null);
      if (o.state === 'pending') q = q.where('sent_at', 'is', null).where('next_attempt_at', '<', NEVER);
      if (o.state === 'dead') q = q.where('sent_at', 'is', null).where('next_attempt_at', '>=', NEVER);
      return (await q.execute()).map(toMessage);
    },

    /**
     * Forgets sent and dead messages created before `before`. Their dedupe keys go with them,
     * so keep this well past the time a notification could be re-derived.
     */
    async expire(before: number): Promise<number> {
      const r = await db
        .deleteFrom('notification_outbox')
        .where('created_at', '<', iso(before))
        .where((eb) => eb.or([eb('sent_at', 'is not', null), eb('next_attempt_at', '>=', NEVER)]))
        .executeTakeFirst();
      return Number(r.numDeletedRows);
    },
  };
}
export type OutboxRepo = ReturnType<typeof createOutboxRepo>;
