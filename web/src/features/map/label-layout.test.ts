import { describe, expect, it } from 'vitest';
import { overlaps, placeLabels as placeLabelsOn, type LabelCandidate } from './label-layout';

/** The ids of the labels shown. */
const placeLabels = (...args: Parameters<typeof placeLabelsOn>) => new Set(placeLabelsOn(...args).keys());
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

  it('puts a label on the left of its dot when the right is off the map, taken, or under the legend', () => {
    const map = { x: 0, y: 0, width: 400, height: 300 };
    const beside = (id: number, x: number, y: number): LabelCandidate => ({ id, box: { x: x + 12, y, width: 80, height: 16 }, alternative: { x: x - 92, y, width: 80, height: 16 }, priority: id });
    // Tower 1 at the right edge: its name would run off the map.
    expect(placeLabelsOn([beside(1, 380, 100)], [], map)).toEqual(new Map([[1, 'alternative']]));
    // Tower 2's right spot is the legend's.
    const legend = { x: 250, y: 0, width: 150, height: 120 };
    expect(placeLabelsOn([beside(2, 200, 50)], [legend], map)).toEqual(new Map([[2, 'alternative']]));
    // Towers with room on their right keep it.
    expect(placeLabelsOn([beside(3, 100, 200), beside(4, 200, 200)], [], map)).toEqual(new Map([[3, 'box'], [4, 'box']]));
    // No room on either side: hidden.
    expect(placeLabelsOn([beside(5, 10, 290)], [], map)).toEqual(new Map());
  });
});
