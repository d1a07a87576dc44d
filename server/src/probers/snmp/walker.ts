import { compareOids, type VarbindMap } from './varbinds.js';
import { isException, toSnmpValue, type SnmpSession, type Varbind } from './session.js';

export interface WalkOptions {
  maxRepetitions: number;
  /** Columns (or subtrees) asked for in one request. */
  perRequest: number;
  /** A guard against agents that loop: at most this many requests per walk. */
  maxRequests: number;
}

/** maxRequests only stops an agent that never ends a table: 5,000 requests walk ~500,000 rows. */
export const DEFAULT_WALK: WalkOptions = { maxRepetitions: 10, perRequest: 10, maxRequests: 5000 };

/**
 * Walks several columns or subtrees at once: each GETBULK carries one cursor per root still
 * open, so a 20-column table of 10 rows costs one or two requests instead of twenty walks.
 * SNMPv1 has no GETBULK: there each request is a GETNEXT of the open cursors (one row).
 * Results land in `into`. Returns the number of requests made and when the first was answered
 * (the middle of its round trip, ms since the epoch): the first request carries the first row
 * of every column, counters included, so that is when they were read.
 */
export async function walkRoots(session: SnmpSession, roots: string[], into: VarbindMap, options: WalkOptions = DEFAULT_WALK): Promise<{ requests: number; firstReadAt: number | null }> {
  let requests = 0;
  let firstReadAt: number | null = null;
  let maxRep = options.maxRepetitions;
  // root → cursor; a root leaves the map when its subtree is exhausted
  const open = new Map(roots.map((r) => [r, r]));
  while (open.size > 0) {
    const batch = [...open.keys()].slice(0, session.version === '1' ? 1 : options.perRequest);
    if (++requests > options.maxRequests) throw new Error(`walk did not finish after ${options.maxRequests} requests (agent loops?)`);
    let answers: Varbind[][];
    try {
      const sentAt = Date.now();
      answers = await session.next(batch.map((r) => open.get(r)!), maxRep);
      firstReadAt ??= Math.round((sentAt + Date.now()) / 2);
    } catch (err) {
      // tooBig: ask for fewer rows per request
      if ((err as { status?: number }).status === 1 && maxRep > 1) {
        maxRep = Math.max(1, Math.floor(maxRep / 2));
        continue;
      }
      // SNMPv1 answers noSuchName when a GETNEXT runs off the end of the MIB
      if (session.version === '1' && (err as { status?: number }).status === 2) {
        open.delete(batch[0]!);
        continue;
      }
      throw err;
    }
    // An agent may answer a GETBULK with fewer varbinds than asked (RFC 3416 4.2.3): a column
    // with no answer stays open at its cursor. It closes only at its subtree's end.
    let progress = false;
    batch.forEach((root, i) => {
      for (const vb of answers[i] ?? []) {
        if (isException(vb) || !vb.oid.startsWith(`${root}.`) || compareOids(vb.oid, open.get(root)!) <= 0) {
          open.delete(root);
          progress = true;
          return;
        }
        const value = toSnmpValue(vb);
        if (value !== null) into.set(vb.oid, value);
        open.set(root, vb.oid);
        progress = true;
      }
    });
    if (!progress) throw new Error('the agent answered a walk with no data');
  }
  return { requests, firstReadAt };
}
