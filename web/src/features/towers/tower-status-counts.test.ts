import { describe, expect, it } from 'vitest';
import { countTowersByStatus } from './tower-status-counts';

describe('countTowersByStatus', () => {
  it('counts towers by status, worst first, without empty statuses', () => {
    const towers = (['up', 'down', 'up', 'unknown', 'degraded', 'up'] as const).map((status) => ({ status }));
    expect(countTowersByStatus(towers)).toEqual([
      { status: 'down', count: 1 },
      { status: 'degraded', count: 1 },
      { status: 'unknown', count: 1 },
      { status: 'up', count: 3 },
    ]);
    expect(countTowersByStatus([])).toEqual([]);
  });
});
