import { describe, expect, it } from 'vitest';
import type { Alert } from '../../db/repos/alerts.js';
import type { DependencyGraph } from '../../inventory/dependencies.js';
import type { DeviceType } from '../../inventory/roles.js';
import type { Status } from '../status-machine.js';
import { openIncidents, type IncidentDevice } from './incidents.js';

// Tower 1 (uplink R1) feeds tower 2 (uplink PTP2, parent R1); tower 3 has no uplink.
const dev = (id: number, type: DeviceType, towerId: number | null, status: Status, parentId: number | null = null) => ({ id, name: `D${id}`, type, towerId, status, since: 1000 + id, parentId, maintenance: false as boolean });
function setup(devices: ReturnType<typeof dev>[], uplinks: [number, number | null][] = [[1, 1], [2, 20], [3, null]]) {
  const graph: DependencyGraph = { devices: new Map(devices.map((d) => [d.id, { parentId: d.parentId, towerId: d.towerId }])), uplinks: new Map(uplinks) };
  return { devices: devices as IncidentDevice[], graph };
}
const alert = (id: number, deviceId: number | null, extra: Partial<Alert> = {}): Alert => ({
  id, kind: deviceId === null ? 'internet' : 'down', subject: '', severity: 'critical', deviceId, towerId: null, startedAt: 500, resolvedAt: null,
  acknowledgedAt: null, acknowledgedBy: null, message: '', suppressedBy: null, details: null, notifiedAt: null, ...extra,
});
const down = () => 'down' as const;
const up = () => 'up' as const;

describe('openIncidents', () => {
  it('files a tower uplink and everything behind it as one tower incident with counts by role', () => {
    const input = setup([
      dev(1, 'router', 1, 'up'),
      dev(20, 'ptp', 2, 'down', 1),
      dev(21, 'ap', 2, 'unreachable'),
      dev(22, 'station', 2, 'unreachable', 21),
      dev(23, 'station', 2, 'unreachable', 21),
      dev(30, 'router', 4, 'unreachable', 20), // a tower further on, reached through PTP2
    ], [[1, 1], [2, 20], [4, 30]]);
    const [i, ...rest] = openIncidents({ ...input, alerts: [alert(7, 20, { acknowledgedAt: 900, acknowledgedBy: 'ana' })], towerStatus: down });
    expect(rest).toEqual([]);
    expect(i).toMatchObject({ key: 'tower:2', kind: 'tower', towerId: 2, causes: [20], alertIds: [7], towers: 2, infrastructure: 3, customers: 2, acknowledgedBy: 'ana', severity: 'critical', since: 500 });
    expect(i!.affected.sort()).toEqual([20, 21, 22, 23, 30]);
  });

  it('keeps a customer down alone as a device incident that takes out no tower', () => {
    const input = setup([dev(1, 'router', 1, 'up'), dev(2, 'station', 1, 'down', 1)]);
    expect(openIncidents({ ...input, alerts: [], towerStatus: up })).toEqual([
      expect.objectContaining({ key: 'device:2', kind: 'device', towers: 0, infrastructure: 0, customers: 1, severity: null, since: 1002, acknowledgedBy: null }),
    ]);
  });

  it('merges the infrastructure of a down tower without an uplink into one incident', () => {
    const input = setup([dev(31, 'router', 3, 'down'), dev(32, 'ap', 3, 'down'), dev(33, 'station', 3, 'unreachable', 32)]);
    const items = openIncidents({ ...input, alerts: [alert(1, 31, { acknowledgedBy: 'ana', acknowledgedAt: 1 }), alert(2, 32)], towerStatus: (id) => (id === 3 ? 'down' : 'up') });
    expect(items).toHaveLength(1);
    // Acknowledged only when every cause is.
    expect(items[0]).toMatchObject({ key: 'tower:3', causes: [31, 32], towers: 1, infrastructure: 2, customers: 1, acknowledgedBy: null });
  });

  it('lists a cause under maintenance last, marked as planned work', () => {
    const input = setup([dev(1, 'router', 1, 'up'), dev(2, 'ap', 1, 'down', 1), { ...dev(3, 'router', null, 'down'), maintenance: true }, dev(4, 'station', 1, 'down', 1)]);
    const items = openIncidents({ ...input, alerts: [alert(1, 3), alert(2, 2, { severity: 'major' })], towerStatus: up });
    expect(items.map((i) => [i.key, i.maintenance])).toEqual([
      ['device:2', false],
      ['device:4', false],
      ['device:3', true],
    ]);
  });

  it('gathers the outages filed under the internet into the internet incident, listed first', () => {
    const input = setup([dev(1, 'router', 1, 'down'), dev(5, 'station', null, 'down'), dev(6, 'ap', null, 'down')], [[1, 1]]);
    const internet = alert(9, null, { severity: 'major' });
    const items = openIncidents({ ...input, alerts: [internet, alert(10, 1, { suppressedBy: 9 }), alert(11, 6, { severity: 'warning' })], towerStatus: down });
    expect(items.map((i) => i.key)).toEqual(['internet', 'device:6', 'device:5']);
    expect(items[0]).toMatchObject({ causes: [1], towers: 1, infrastructure: 1, severity: 'major' });
  });
});
