import { describe, expect, it } from 'vitest';
import type { DependencyGraph, GraphDevice } from './dependencies.js';
import { towerPath } from './tower-path.js';

const graph = (devices: Record<number, GraphDevice>, uplinks: Record<number, number | null>): DependencyGraph => ({
  devices: new Map(Object.entries(devices).map(([id, d]) => [Number(id), d])),
  uplinks: new Map(Object.entries(uplinks).map(([id, u]) => [Number(id), u])),
});

describe('towerPath', () => {
  // Core router 1 on tower 1; PtP 2 (tower 1, no parent: depends on the uplink) feeds PtP 3 on
  // tower 2, whose router 4 is tower 2's uplink; tower 3's uplink 5 hangs off router 4.
  const g = graph(
    {
      1: { parentId: null, towerId: 1 },
      2: { parentId: null, towerId: 1 },
      3: { parentId: 2, towerId: 2 },
      4: { parentId: 3, towerId: 2 },
      5: { parentId: 4, towerId: 3 },
      6: { parentId: null, towerId: 3 },
    },
    { 1: 1, 2: 4, 3: 5, 4: null },
  );

  it('walks from the uplink through effective parents, across towers, to the core', () => {
    expect(towerPath(g, 3)).toEqual([5, 4, 3, 2, 1]);
    expect(towerPath(g, 2)).toEqual([4, 3, 2, 1]);
  });

  it('is the uplink alone for the core tower, and empty without an uplink', () => {
    expect(towerPath(g, 1)).toEqual([1]);
    expect(towerPath(g, 4)).toEqual([]);
    expect(towerPath(g, 99)).toEqual([]);
  });

  it('stops at a cycle instead of looping', () => {
    const looped = graph({ 1: { parentId: 2, towerId: 1 }, 2: { parentId: 1, towerId: 1 } }, { 1: 1 });
    expect(towerPath(looped, 1)).toEqual([1, 2]);
  });
});
