import { TOWER_STATUSES, type TowerStatus } from './tower-status';

/** Towers by status, worst first, leaving out the statuses no tower has. */
export function countTowersByStatus(towers: readonly { status: TowerStatus }[]): { status: TowerStatus; count: number }[] {
  const counts = new Map<TowerStatus, number>();
  for (const t of towers) counts.set(t.status, (counts.get(t.status) ?? 0) + 1);
  return TOWER_STATUSES.filter((s) => counts.has(s)).map((status) => ({ status, count: counts.get(status)! }));
}
