import { describe, expect, it } from 'vitest';
import { upstreamVerdict } from './upstream.js';

describe('upstream verdict', () => {
  const inside = { answering: 40, known: 50 };
  it('is an outage when every external target fails while the devices answer', () => {
    expect(upstreamVerdict([false, false, false], 'all', inside)).toEqual({ external: 3, failing: 3, quorum: 3, outage: true });
    expect(upstreamVerdict([false, true, false], 'all', inside).outage).toBe(false);
  });
  it('takes a quorum, capped at the number of targets', () => {
    expect(upstreamVerdict([false, true, false], 2, inside).outage).toBe(true);
    expect(upstreamVerdict([false, false], 5, inside)).toMatchObject({ quorum: 2, outage: true });
  });
  it('is not an outage when the devices are silent too, or when there are no external targets', () => {
    expect(upstreamVerdict([false, false], 'all', { answering: 10, known: 50 }).outage).toBe(false);
    expect(upstreamVerdict([], 'all', inside).outage).toBe(false);
    expect(upstreamVerdict([false], 'all', { answering: 0, known: 0 }).outage).toBe(true);
  });
});
