/** A rectangle on screen, in pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelCandidate {
  id: number;
  /** Where the label goes (beside its dot, on the right). */
  box: Box;
  /** Where it may go instead when that spot is taken or off the map (on the left of its dot). */
  alternative?: Box;
  /** Lower wins a contested spot (a tower that is down before one that is up). */
  priority: number;
}

export const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Cell size of the spatial grid: about one label's height, a few labels' width. */
const CELL = 64;

const inside = (b: Box, bounds: Box | undefined) =>
  !bounds || (b.x >= bounds.x && b.y >= bounds.y && b.x + b.width <= bounds.x + bounds.width && b.y + b.height <= bounds.y + bounds.height);

/**
 * Which labels to show, and on which side: greedily, by priority, each label in the first of
 * its spots that lies within `bounds` (the map) and overlaps no label already shown and no
 * obstacle (the tower dots, which a label must not hide; the legend). A uniform grid keeps it
 * near-linear, so 500 towers are laid out on every zoom and pan in well under a frame.
 * Returns, for each label shown, its spot: 'box' or 'alternative'.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  obstacles: readonly (Box & { id?: number })[] = [],
  bounds?: Box,
): Map<number, 'box' | 'alternative'> {
  const grid = new Map<string, (Box & { id?: number })[]>();
  const cells = (b: Box): string[] => {
    const keys: string[] = [];
    for (let cx = Math.floor(b.x / CELL); cx <= Math.floor((b.x + b.width) / CELL); cx++) {
      for (let cy = Math.floor(b.y / CELL); cy <= Math.floor((b.y + b.height) / CELL); cy++) keys.push(`${cx}:${cy}`);
    }
    return keys;
  };
  const add = (b: Box & { id?: number }) => {
    for (const key of cells(b)) {
      const list = grid.get(key);
      if (list) list.push(b);
      else grid.set(key, [b]);
    }
  };
  // A label may sit next to its own dot (the obstacle with its id), never on another's.
  const blocked = (b: Box, id: number) => cells(b).some((key) => grid.get(key)?.some((o) => o.id !== id && overlaps(o, b)));

  for (const o of obstacles) add(o);
  const free = (b: Box | undefined, id: number): b is Box => b !== undefined && inside(b, bounds) && !blocked(b, id);
  const shown = new Map<number, 'box' | 'alternative'>();
  const ordered = [...candidates].sort((a, b) => a.priority - b.priority || a.id - b.id);
  for (const c of ordered) {
    const spot = free(c.box, c.id) ? 'box' : free(c.alternative, c.id) ? 'alternative' : null;
    if (!spot) continue;
    shown.set(c.id, spot);
    add({ ...(spot === 'box' ? c.box : c.alternative!), id: -1 - c.id }); // a shown label blocks every other label
  }
  return shown;
}
