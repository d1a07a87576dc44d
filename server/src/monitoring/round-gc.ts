import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Collect when at least this much was allocated since the last collection (and not yet freed). */
const GARBAGE_BYTES = 32 * 1024 * 1024;

/**
 * A full collection once a round is stored, when the round left enough garbage behind.
 * A round at 20,000 devices makes about 2 KB of objects per device that live for the seconds
 * the round takes, so they outlive the young generation and pile up in the old one: left to
 * V8, RSS climbed ~50 MB a round to 630 MB before a major GC brought it back to 400 MB. One
 * collection right after the round, when that garbage is all dead, costs less than V8's own
 * later (nothing of the round is live to mark) and holds RSS near the live size.
 * See docs/decisions/0011-icmp-cpu-and-memory.md.
 */
export function createRoundGc(): () => void {
  // Node exposes gc() only with --expose-gc; the flag can be set at run time and the function
  // taken from a fresh context (as jest's leak detector does), so no start-up flag is needed.
  v8.setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  let base = v8.getHeapStatistics().used_heap_size;
  const collect = () => {
    if (v8.getHeapStatistics().used_heap_size - base < GARBAGE_BYTES) return;
    gc();
    base = v8.getHeapStatistics().used_heap_size;
  };
  // After the round's other listeners (the live stream, alerting) have had their turn.
  return () => void setImmediate(collect);
}
