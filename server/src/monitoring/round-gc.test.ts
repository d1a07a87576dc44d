import v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { createRoundGc } from './round-gc.js';

const used = () => v8.getHeapStatistics().used_heap_size;

/** A round's worth of objects (about 60 MB of small arrays), garbage once it returns. */
function round(): number {
  const rows = Array.from({ length: 600_000 }, (_, i) => [i, i + 1, i + 2]);
  return used() + rows.length * 0;
}

describe('createRoundGc', () => {
  it('frees what a round left behind once it is over, without a start-up flag', async () => {
    const afterRound = createRoundGc();
    const during = round();
    afterRound();
    await new Promise((r) => setImmediate(r));
    expect(during - used()).toBeGreaterThan(30 * 1024 * 1024);
  });
});
