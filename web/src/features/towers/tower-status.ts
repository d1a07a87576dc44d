import type { Tower } from '@server/http/routes/towers/schema.js';

export type TowerStatus = Tower['status'];

/** Display and sort order: worst first. */
export const TOWER_STATUSES: TowerStatus[] = ['down', 'degraded', 'maintenance', 'unknown', 'up'];

const RANK = new Map(TOWER_STATUSES.map((status, index) => [status, index]));

/** Badge and dot colours: the device statuses' (down red, degraded amber, up green), maintenance blue like its badge. */
export const TOWER_STATUS_STYLES: Record<TowerStatus, { badge: string; dot: string; hex: string }> = {
  up: { badge: 'bg-emerald-50 text-emerald-800 ring-emerald-600/30', dot: 'bg-emerald-500', hex: '#10b981' },
  degraded: { badge: 'bg-amber-50 text-amber-800 ring-amber-600/30', dot: 'bg-amber-500', hex: '#f59e0b' },
  down: { badge: 'bg-red-50 text-red-800 ring-red-600/30', dot: 'bg-red-600', hex: '#dc2626' },
  maintenance: { badge: 'bg-blue-50 text-blue-800 ring-blue-600/30', dot: 'bg-blue-500', hex: '#3b82f6' },
  unknown: { badge: 'bg-slate-100 text-slate-700 ring-slate-500/30', dot: 'bg-slate-400', hex: '#94a3b8' },
};

type Sortable = Pick<Tower, 'status' | 'name'>;

/** Worst status first (down, degraded, maintenance, unknown, up), then by name: the tower to look at is on top. */
export function compareTowers(a: Sortable, b: Sortable): number {
  return (RANK.get(a.status) ?? 99) - (RANK.get(b.status) ?? 99) || a.name.localeCompare(b.name, undefined, { sensitivity: 'base', numeric: true });
}

export const sortTowers = <T extends Sortable>(towers: readonly T[]): T[] => [...towers].sort(compareTowers);
