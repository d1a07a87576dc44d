import { effectiveParent, type DependencyGraph } from './dependencies.js';

/**
 * The chain a tower's service comes through: its uplink, then each effective parent in turn
 * (crossing towers), up to the device that depends on nothing — the core. Empty when the tower
 * has no uplink. A cycle (the API refuses them; a hand-edited database might not) ends the walk.
 */
export function towerPath(graph: DependencyGraph, towerId: number): number[] {
  const uplink = graph.uplinks.get(towerId) ?? null;
  if (uplink === null || !graph.devices.has(uplink)) return [];
  const path = [uplink];
  const seen = new Set(path);
  for (let next = effectiveParent(graph, uplink); next !== null && !seen.has(next) && graph.devices.has(next); next = effectiveParent(graph, next)) {
    path.push(next);
    seen.add(next);
  }
  return path;
}
