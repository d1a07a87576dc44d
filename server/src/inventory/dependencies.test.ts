import { describe, expect, it } from 'vitest';
import { descendants, effectiveParent, findCycle, type DependencyGraph } from './dependencies.js';

const graph = (devices: [number, number | null, number | null][], uplinks: [number, number | null][] = []): DependencyGraph => ({
  devices: new Map(devices.map(([id, parentId, towerId]) => [id, { parentId, towerId }])),
  uplinks: new Map(uplinks),
});

describe('dependency graph', () => {
  it('uses the parent, else the tower uplink, never the device itself', () => {
    const g = graph([[1, null, 10], [2, null, 10], [3, 2, 10]], [[10, 1]]);
    expect(effectiveParent(g, 1)).toBeNull();
    expect(effectiveParent(g, 2)).toBe(1);
    expect(effectiveParent(g, 3)).toBe(2);
    expect(findCycle(g)).toBeNull();
  });

  it('finds a direct cycle', () => {
    expect(findCycle(graph([[1, 2, null], [2, 1, null]]))?.sort()).toEqual([1, 2]);
  });

  it('finds a cycle through a tower uplink', () => {
    // 1 is the uplink of tower 10 but depends on 2, which sits on tower 10 with no parent.
    expect(findCycle(graph([[1, 2, 10], [2, null, 10]], [[10, 1]]))?.sort()).toEqual([1, 2]);
  });

  it('handles long chains without a cycle', () => {
    const devices: [number, number | null, number | null][] = [];
    for (let i = 1; i <= 50_000; i++) devices.push([i, i === 1 ? null : i - 1, null]);
    expect(findCycle(graph(devices))).toBeNull();
  });
});

describe('descendants', () => {
  it('lists every device depending on one, through parents and tower uplinks', () => {
    const graph: DependencyGraph = {
      devices: new Map([
        [1, { parentId: null, towerId: 10 }], // the tower's uplink
        [2, { parentId: null, towerId: 10 }], // on the tower: depends on 1
        [3, { parentId: 2, towerId: null }],
        [4, { parentId: 3, towerId: null }],
        [5, { parentId: null, towerId: null }],
      ]),
      uplinks: new Map([[10, 1]]),
    };
    expect(descendants(graph, 1).sort()).toEqual([2, 3, 4]);
    expect(descendants(graph, 3)).toEqual([4]);
    expect(descendants(graph, 5)).toEqual([]);
  });
});
