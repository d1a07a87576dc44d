import { describe, expect, it } from 'vitest';
import type { Change } from '@server/http/routes/incidents/schema.js';
import { dependentCounts, groupChanges } from './group-changes';

type S = Change['to'];
let nextId = 1;
const names: Record<number, string> = { 1: 'PTP-CRZ-CEN', 2: 'AP-CEN', 3: 'CPE-1', 4: 'CPE-2', 5: 'R-CRZ', 9: 'CPE-Solo' };
const change = (deviceId: number, from: S, to: S, second: number, upstream: number | null = null): Change => ({
  id: nextId++,
  deviceId,
  deviceName: names[deviceId] ?? `D${deviceId}`,
  host: `127.0.0.${deviceId}`,
  towerId: 1,
  at: new Date(Date.UTC(2026, 0, 1, 12, 0, second)).toISOString(),
  from,
  to,
  reason: upstream === null ? null : `upstream|${upstream}|down`,
  upstream: upstream === null ? null : { id: upstream, name: names[upstream] ?? '' },
});

describe('groupChanges', () => {
  it('puts a chain of dependents (CPE → AP → PtP) under the root that went down', () => {
    const events = [change(3, 'up', 'unreachable', 10, 2), change(4, 'up', 'unreachable', 10, 2), change(2, 'up', 'unreachable', 10, 1), change(1, 'up', 'down', 10, null), change(9, 'up', 'down', 5)];
    const groups = groupChanges(events);
    expect(groups.map((g) => [g.head.deviceName, g.dependents.map((d) => d.deviceName)])).toEqual([
      ['PTP-CRZ-CEN', ['CPE-1', 'CPE-2', 'AP-CEN']],
      ['CPE-Solo', []],
    ]);
    expect(dependentCounts(groups[0]!.dependents)).toEqual([{ status: 'unreachable', count: 3 }]);
  });

  it('groups the returns under the root coming back, apart from the outage', () => {
    const events = [change(2, 'unreachable', 'up', 80, 1), change(1, 'down', 'up', 80), change(2, 'up', 'unreachable', 10, 1), change(1, 'up', 'down', 10)];
    expect(groupChanges(events).map((g) => [g.head.to, g.dependents.map((d) => d.to)])).toEqual([
      ['up', ['up']],
      ['down', ['unreachable']],
    ]);
  });

  it('leaves a dependent alone when its root change is out of the window or not listed', () => {
    const events = [change(2, 'up', 'unreachable', 59 * 60, 1), change(1, 'up', 'down', 0), change(3, 'up', 'unreachable', 0, 7)];
    expect(groupChanges(events).map((g) => [g.head.deviceName, g.dependents.length])).toEqual([
      ['AP-CEN', 0],
      ['PTP-CRZ-CEN', 0],
      ['CPE-1', 0],
    ]);
  });

  it('does not loop on a cycle of upstreams', () => {
    const events = [change(1, 'up', 'unreachable', 0, 2), change(2, 'up', 'unreachable', 0, 1)];
    expect(groupChanges(events).flatMap((g) => [g.head, ...g.dependents])).toHaveLength(2);
  });
});
