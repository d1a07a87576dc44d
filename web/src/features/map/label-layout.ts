/** A rectangle on screen, in pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LabelCandidate {
  id: number;
  box: Box;
  /** Lower wins a contested spot (a tower that is down before one that is up). */
  priority: number;
}

export const overlaps = (a: Box, b: Box): boolean => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Cell size of the spatial grid: about one label's height, a few labels' width. */
const CELL = 64;

/**
 * Which labels to show: greedily, by priority, each label that overlaps no label already
 * shown and no obstacle (the tower dots, which a label must not hide). A uniform grid keeps it
 * near-linear, so 500 towers are laid out on every zoom and pan in well under a frame.
 */
export function placeLabels(candidates: readonly LabelCandidate[], obstacles: readonly (Box & { id?: number })[] = []): Set<number> {
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
  const shown = new Set<number>();
  const ordered = [...candidates].sort((a, b) => a.priority - b.priority || a.id - b.id);
  for (const c of ordered) {
    if (blocked(c.box, c.id)) continue;
    shown.add(c.id);
    add({ ...c.box, id: -1 - c.id }); // a shown label blocks every other label
  }
  return shown;
}
