import type { Change } from '@server/http/routes/incidents/schema.js';

export interface ChangeGroup {
  /** The root's own change (or a change with nothing under it). */
  head: Change;
  /** Changes of devices that went out, or came back, with the root: newest first. */
  dependents: Change[];
}

/** A dependent and its root change in the same round, give or take the rounds between them. */
export const GROUP_WINDOW_MS = 120_000;

const direction = (c: Change) => (c.to === 'down' || c.to === 'unreachable' ? 'out' : 'back');
/** Out because of a device above it, or back from that. */
const isDependent = (c: Change) => c.upstream !== null && (c.to === 'unreachable' || c.from === 'unreachable');

/**
 * Groups status changes (newest first) under their root: a dependent's change joins the change
 * of the device it depends on when that change went the same way (out or back) within
 * `windowMs`, following the chain up (a CPE → its AP → the PtP that failed). A dependent whose
 * root change is not in the list stays on its own. Groups keep the order of their heads.
 */
export function groupChanges(changes: readonly Change[], windowMs = GROUP_WINDOW_MS): ChangeGroup[] {
  const byDevice = new Map<number, Change[]>();
  for (const c of changes) byDevice.set(c.deviceId, [...(byDevice.get(c.deviceId) ?? []), c]);
  const time = (c: Change) => Date.parse(c.at);

  /** The upstream device's change that matches this one, the nearest in time. */
  const parentChange = (c: Change): Change | null => {
    let best: Change | null = null;
    for (const p of byDevice.get(c.upstream!.id) ?? []) {
      const gap = Math.abs(time(p) - time(c));
      if (gap > windowMs || direction(p) !== direction(c)) continue;
      if (!best || gap < Math.abs(time(best) - time(c))) best = p;
    }
    return best;
  };
  const rootOf = (c: Change): Change => {
    const seen = new Set<Change>([c]);
    let cur = c;
    while (isDependent(cur)) {
      const p = parentChange(cur);
      if (!p || seen.has(p)) break;
      seen.add(p);
      cur = p;
    }
    return cur;
  };

  const groups = new Map<Change, ChangeGroup>();
  const order: Change[] = [];
  const groupOf = (head: Change) => {
    let g = groups.get(head);
    if (!g) {
      g = { head, dependents: [] };
      groups.set(head, g);
    }
    return g;
  };
  for (const c of changes) {
    let root = rootOf(c);
    // In a cycle of upstreams no change is the root: each stays on its own.
    if (rootOf(root) !== root) root = c;
    if (root === c) groupOf(c);
    else groupOf(root).dependents.push(c);
  }
  for (const c of changes) if (groups.has(c)) order.push(c);
  return order.map((c) => groups.get(c)!);
}

/** "15 unreachable, 2 down": the dependents by the status they went to, most first. */
export function dependentCounts(dependents: readonly Change[]): { status: Change['to']; count: number }[] {
  const counts = new Map<Change['to'], number>();
  for (const d of dependents) counts.set(d.to, (counts.get(d.to) ?? 0) + 1);
  return [...counts].map(([status, count]) => ({ status, count })).sort((a, b) => b.count - a.count || a.status.localeCompare(b.status));
}
