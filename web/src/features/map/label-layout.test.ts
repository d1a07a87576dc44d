import { describe, expect, it } from 'vitest';
import { overlaps, placeLabels, type LabelCandidate } from './label-layout';

const label = (id: number, x: number, y: number, priority = 0, width = 80): LabelCandidate => ({ id, box: { x, y, width, height: 16 }, priority });

describe('overlaps', () => {
  it('counts shared area only, not touching edges', () => {
    const a = { x: 0, y: 0, width: 10, height: 10 };
    expect(overlaps(a, { x: 9, y: 9, width: 5, height: 5 })).toBe(true);
    expect(overlaps(a, { x: 10, y: 0, width: 5, height: 5 })).toBe(false);
    expect(overlaps(a, { x: 0, y: 10, width: 5, height: 5 })).toBe(false);
  });
});

describe('placeLabels', () => {
  it('shows every label that has room', () => {
    expect(placeLabels([label(1, 0, 0), label(2, 0, 40), label(3, 200, 0)])).toEqual(new Set([1, 2, 3]));
  });

  it('hides the later of two overlapping labels, the better priority winning', () => {
    expect(placeLabels([label(1, 0, 0), label(2, 40, 8)])).toEqual(new Set([1]));
    // Tower 2 is down (priority 0), tower 1 up (4): the down one keeps its name.
    expect(placeLabels([label(1, 0, 0, 4), label(2, 40, 8, 0)])).toEqual(new Set([2]));
  });

  it('lets a hidden label free no room: a third one clear of the winner still shows', () => {
    // 1 wins; 2 overlaps 1 and is hidden; 3 overlaps only 2, so it shows.
    expect(placeLabels([label(1, 0, 0, 0), label(2, 70, 0, 1), label(3, 140, 0, 2)])).toEqual(new Set([1, 3]));
  });

  it('keeps a label off other towers’ dots but next to its own', () => {
    const dots = [
      { id: 1, x: -10, y: -2, width: 20, height: 20 },
      { id: 2, x: 40, y: -2, width: 20, height: 20 },
    ];
    expect(placeLabels([label(1, 12, 0), label(2, 62, 0)], dots)).toEqual(new Set([2]));
  });

  it('lays out 500 crowded labels quickly and without overlaps', () => {
    const many = Array.from({ length: 500 }, (_, i) => label(i + 1, (i * 37) % 1400, (i * 53) % 900, i % 5, 60 + (i % 40)));
    const t0 = performance.now();
    const shown = placeLabels(many);
    expect(performance.now() - t0).toBeLessThan(50);
    const boxes = many.filter((c) => shown.has(c.id)).map((c) => c.box);
    expect(boxes.length).toBeGreaterThan(50);
    const clash = boxes.some((a, i) => boxes.some((b, j) => j > i && overlaps(a, b)));
    expect(clash).toBe(false);
  });
});
