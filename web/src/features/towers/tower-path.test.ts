import { describe, expect, it } from 'vitest';
import { groupPathByTower, pathBreak } from './tower-path';

type Status = 'up' | 'down' | 'degraded' | 'unreachable' | 'unknown';
const hop = (deviceId: number, name: string, towerId: number | null, status: Status = 'up') => ({
  deviceId,
  name,
  host: `10.0.0.${deviceId}`,
  type: 'router' as const,
  status,
  maintenance: false,
  towerId,
  towerName: towerId === null ? null : `T${towerId}`,
});

describe('groupPathByTower', () => {
  it('groups consecutive hops of one tower, keeping the order from the tower to the core', () => {
    const segments = groupPathByTower([hop(5, 'R-Vale', 3), hop(4, 'R-Serra', 2), hop(3, 'PtP-Serra', 2), hop(2, 'PtP-Core', 1), hop(1, 'R-Core', 1), hop(9, 'BGP', null)]);
    expect(segments.map((s) => [s.towerName, s.hops.map((h) => h.name)])).toEqual([
      ['T3', ['R-Vale']],
      ['T2', ['R-Serra', 'PtP-Serra']],
      ['T1', ['PtP-Core', 'R-Core']],
      [null, ['BGP']],
    ]);
  });
});

describe('pathBreak', () => {
  it('is the down hop nearest the core: what cut the rest off', () => {
    const hops = [hop(5, 'R-Vale', 3, 'unreachable'), hop(4, 'R-Serra', 2, 'unreachable'), hop(3, 'PtP-Serra', 2, 'down'), hop(1, 'R-Core', 1)];
    expect(pathBreak(hops)).toMatchObject({ index: 2, hop: { name: 'PtP-Serra' } });
  });

  it('is the uplink itself when it is the one down, an unreachable hop when none is down, else null', () => {
    expect(pathBreak([hop(5, 'R-Vale', 3, 'down'), hop(1, 'R-Core', 1)])).toMatchObject({ index: 0 });
    expect(pathBreak([hop(5, 'R-Vale', 3, 'unreachable'), hop(1, 'R-Core', 1, 'degraded')])).toMatchObject({ index: 0 });
    expect(pathBreak([hop(5, 'R-Vale', 3, 'degraded'), hop(1, 'R-Core', 1)])).toBeNull();
    expect(pathBreak([])).toBeNull();
  });
});
