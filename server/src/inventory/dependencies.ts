/**
 * The dependency graph: each device depends on its parent, or, when it has none, on its
 * tower's uplink device. Pure functions over plain maps, shared by the API (cycle checks)
 * and, later, the engine (root-cause of outages).
 */
export interface GraphDevice {
  parentId: number | null;
  towerId: number | null;
}

export interface DependencyGraph {
  devices: Map<number, GraphDevice>;
  /** tower id → uplink device id */
  uplinks: Map<number, number | null>;
}

export function effectiveParent(graph: DependencyGraph, id: number): number | null {
  const d = graph.devices.get(id);
  if (!d) return null;
  if (d.parentId !== null) return d.parentId;
  const uplink = d.towerId === null ? null : (graph.uplinks.get(d.towerId) ?? null);
  return uplink === id ? null : uplink;
}

/** Returns the device ids of a dependency cycle if the graph has one, else null. O(devices). */
export function findCycle(graph: DependencyGraph): number[] | null {
  const state = new Map<number, 1 | 2>(); // 1 = on the current path, 2 = known acyclic
  for (const start of graph.devices.keys()) {
    if (state.has(start)) continue;
    const path: number[] = [];
    let cur: number | null = start;
    while (cur !== null && !state.has(cur)) {
      state.set(cur, 1);
      path.push(cur);
      cur = effectiveParent(graph, cur);
    }
    if (cur !== null && state.get(cur) === 1) return path.slice(path.indexOf(cur));
    for (const id of path) state.set(id, 2);
  }
  return null;
}

/**
 * Every device that depends on `id`, directly or through others (its children's children…):
 * the equipment an outage of `id` takes down with it. O(devices).
 */
export function descendants(graph: DependencyGraph, id: number): number[] {
  const children = new Map<number, number[]>();
  for (const d of graph.devices.keys()) {
    const p = effectiveParent(graph, d);
    if (p !== null) children.set(p, [...(children.get(p) ?? []), d]);
  }
  const out: number[] = [];
  const seen = new Set<number>([id]);
  const queue = [...(children.get(id) ?? [])];
  while (queue.length > 0) {
    const d = queue.shift()!;
    if (seen.has(d)) continue;
    seen.add(d);
    out.push(d);
    queue.push(...(children.get(d) ?? []));
  }
  return out;
}
