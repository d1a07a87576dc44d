import type { TowerPathHop } from '@server/http/routes/towers/schema.js';

export interface PathSegment {
  towerId: number | null;
  towerName: string | null;
  hops: TowerPathHop[];
}

/** Consecutive hops on the same tower, in path order (the tower's uplink first, the core last). */
export function groupPathByTower(hops: readonly TowerPathHop[]): PathSegment[] {
  const out: PathSegment[] = [];
  for (const hop of hops) {
    const last = out.at(-1);
    if (last && last.towerId === hop.towerId) last.hops.push(hop);
    else out.push({ towerId: hop.towerId, towerName: hop.towerName, hops: [hop] });
  }
  return out;
}

/**
 * Where the path is cut: the down device nearest the core (everything between it and the tower
 * is unreachable because of it). Null when nothing on the path is down or unreachable.
 */
export function pathBreak(hops: readonly TowerPathHop[]): { hop: TowerPathHop; index: number } | null {
  for (const status of ['down', 'unreachable'] as const) {
    for (let index = hops.length - 1; index >= 0; index--) if (hops[index]!.status === status) return { hop: hops[index]!, index };
  }
  return null;
}
