import { describe, expect, it } from 'vitest';
import { HourRing } from './hour-ring.js';

describe('HourRing', () => {
  it('answers only for the hour a slot holds, so a gap reads as missing, not as a stale hour', () => {
    const ring = new HourRing(48);
    ring.write(100, 3.5, 0.25, 360);
    expect([ring.medianAt(100), ring.madAt(100), ring.countAt(100)]).toEqual([3.5, 0.25, 360]);
    expect(ring.medianAt(148)).toBeNaN(); // same slot, another hour
    expect(ring.medianAt(-1)).toBeNaN(); // hour -1 is a real hour, not the empty marker
    ring.write(148, 7, 1, 10);
    expect(ring.medianAt(100)).toBeNaN();
    expect(ring.medianAt(148)).toBe(7);
  });

  it('keeps the later hour of a slot whatever the load order', () => {
    const ring = new HourRing(24);
    ring.write(30, 2, 0, 1);
    ring.write(6, 1, 0, 1);
    expect(ring.medianAt(30)).toBe(2);
    expect(ring.medianAt(6)).toBeNaN();
  });

  it('stores Float32, as the summaries are rounded', () => {
    const ring = new HourRing(24);
    ring.write(1, 0.1, 0, 1);
    expect(ring.medianAt(1)).toBe(Math.fround(0.1));
  });
});
