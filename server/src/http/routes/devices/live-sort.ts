import type { LiveSort } from './schema.js';

interface LastRound {
  rttMs: number | null;
  lossPercent: number;
}

/**
 * Orders ids (given by name) by the last round's RTT or loss; devices without a figure
 * (never checked, or no reply so no RTT) come last either way, still by name.
 */
export function byLastRound(ids: number[], sort: LiveSort, latest: (id: number) => LastRound | undefined): number[] {
  const desc = sort.startsWith('-');
  const key = sort.endsWith('rtt') ? 'rttMs' : 'lossPercent';
  const scored = ids.map((id, index) => ({ id, index, value: latest(id)?.[key] ?? null }));
  scored.sort((a, b) => {
    if (a.value === null || b.value === null) return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
    return (desc ? b.value - a.value : a.value - b.value) || a.index - b.index;
  });
  return scored.map((s) => s.id);
}
