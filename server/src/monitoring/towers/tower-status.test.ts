import { describe, expect, it } from 'vitest';
import type { DeviceType } from '../../inventory/roles.js';
import type { Status } from '../status-machine.js';
import { towerReasonText, towerStatus, type TowerDevice } from './tower-status.js';

let nextId = 1;
const dev = (name: string, type: DeviceType, status: Status = 'up', maintenance = false): TowerDevice => ({ id: nextId++, name, type, status, maintenance });
const stations = (n: number, down = 0, status: Status = 'down') => Array.from({ length: n }, (_, i) => dev(`CPE-${i + 1}`, 'station', i < down ? status : 'up'));

describe('towerStatus', () => {
  const uplink = dev('R-Torre-Norte', 'router');
  const ap1 = dev('AP-1', 'ap');
  const ap2 = dev('AP-2', 'ap');

  it('is up when every device is up, and counts customers', () => {
    expect(towerStatus({ uplink, devices: [uplink, ap1, ...stations(5)] }, 30)).toEqual({ status: 'up', reason: null, reasonParts: [], infraDown: 0, customersDown: 0, customers: 5 });
  });

  it('stays up with customers down at or under the threshold, saying how many', () => {
    const v = towerStatus({ uplink, devices: [uplink, ap1, ...stations(10, 3)] }, 30);
    expect(v).toMatchObject({ status: 'up', customersDown: 3, customers: 10, reason: '3 of 10 customers down' });
  });

  it('is degraded with more than the threshold of customers down (unreachable ones count too)', () => {
    expect(towerStatus({ uplink, devices: [uplink, ap1, ...stations(3, 2)] }, 30)).toMatchObject({ status: 'degraded', customersDown: 2, reason: '2 of 3 customers down' });
    expect(towerStatus({ uplink, devices: [uplink, ...stations(3, 1, 'unreachable')] }, 30)).toMatchObject({ status: 'degraded', customersDown: 1 });
    expect(towerStatus({ uplink, devices: [uplink, ...stations(10, 3)] }, 29)).toMatchObject({ status: 'degraded' });
  });

  it('is never down because of customers, even all of them', () => {
    expect(towerStatus({ uplink, devices: [uplink, ...stations(4, 4)] }, 30)).toMatchObject({ status: 'degraded', customersDown: 4, infraDown: 0 });
    expect(towerStatus({ uplink: null, devices: stations(4, 4) }, 30)).toMatchObject({ status: 'degraded' });
  });

  it('is down when the uplink is down or unreachable, naming it', () => {
    const down = { ...uplink, status: 'down' as const };
    const v = towerStatus({ uplink: down, devices: [down, { ...ap1, status: 'unreachable' }, ...stations(3, 3, 'unreachable')] }, 30);
    expect(v).toEqual({
      status: 'down',
      reason: 'uplink R-Torre-Norte down',
      reasonParts: [{ kind: 'uplink', status: 'down', devices: [{ id: uplink.id, name: 'R-Torre-Norte' }] }],
      infraDown: 2,
      customersDown: 3,
      customers: 3,
    });
    // An uplink on another tower counts the same.
    expect(towerStatus({ uplink: { ...uplink, status: 'unreachable' }, devices: [ap1] }, 30)).toMatchObject({ status: 'down', reason: 'uplink R-Torre-Norte unreachable', infraDown: 0 });
  });

  it('without an uplink, is down only when every infrastructure device is down', () => {
    const some = towerStatus({ uplink: null, devices: [{ ...ap1, status: 'down' }, ap2, dev('SW', 'switch'), dev('PTP', 'ptp'), dev('OLT', 'olt')] }, 30);
    expect(some).toMatchObject({ status: 'degraded', infraDown: 1, reason: '1 of 5 infra down: AP-1' });
    const all = towerStatus({ uplink: null, devices: [{ ...ap1, status: 'down' }, { ...ap2, status: 'unreachable' }, ...stations(2)] }, 30);
    expect(all).toMatchObject({ status: 'down', infraDown: 2, reason: 'all 2 infra down: AP-1, AP-2' });
  });

  it('is degraded when some infrastructure device is down, unreachable or degraded', () => {
    expect(towerStatus({ uplink, devices: [uplink, { ...ap1, status: 'down' }, { ...ap2, status: 'unreachable' }, dev('AP-3', 'ap'), dev('SW', 'switch')] }, 30)).toMatchObject({
      status: 'degraded',
      infraDown: 2,
      reason: '2 of 5 infra down: AP-1, AP-2',
    });
    expect(towerStatus({ uplink, devices: [uplink, { ...ap1, status: 'degraded' }] }, 30)).toMatchObject({ status: 'degraded', infraDown: 0, reason: '1 of 2 infra degraded: AP-1' });
    const slow = { ...uplink, status: 'degraded' as const };
    expect(towerStatus({ uplink: slow, devices: [slow, ap1, ...stations(2, 1)] }, 60)).toMatchObject({ status: 'degraded', reason: 'uplink R-Torre-Norte degraded; 1 of 2 customers down' });
  });

  it('lists at most three names', () => {
    const aps = ['A', 'B', 'C', 'D', 'E'].map((n) => dev(n, 'ap', 'down'));
    expect(towerStatus({ uplink, devices: [uplink, ...aps] }, 30).reason).toBe('5 of 6 infra down: A, B, C +2');
  });

  it('is in maintenance when a window covers the uplink, or, with none, every infrastructure device', () => {
    const maint = { ...uplink, status: 'down' as const, maintenance: true };
    expect(towerStatus({ uplink: maint, devices: [maint, ap1] }, 30)).toMatchObject({ status: 'maintenance', reason: 'maintenance on uplink R-Torre-Norte' });
    const covered = [{ ...ap1, maintenance: true }, { ...ap2, status: 'down' as const, maintenance: true }, dev('CPE', 'station')];
    expect(towerStatus({ uplink: null, devices: covered }, 30)).toMatchObject({ status: 'maintenance', reason: 'maintenance on all 2 infra' });
    // One device of several in a window is not the tower's maintenance.
    expect(towerStatus({ uplink: null, devices: [{ ...ap1, maintenance: true, status: 'down' }, ap2] }, 30)).toMatchObject({ status: 'degraded' });
  });

  it('is unknown with no enabled device, or before any device has a status', () => {
    expect(towerStatus({ uplink: null, devices: [] }, 30)).toEqual({ status: 'unknown', reason: 'no enabled device', reasonParts: [{ kind: 'noDevice', devices: [] }], infraDown: 0, customersDown: 0, customers: 0 });
    expect(towerStatus({ uplink: { ...uplink, status: 'unknown' }, devices: [{ ...ap1, status: 'unknown' }, dev('CPE', 'station', 'unknown')] }, 30)).toMatchObject({ status: 'unknown', reason: null, customers: 1 });
    // Only customers known: the tower is judged by them.
    expect(towerStatus({ uplink: null, devices: [dev('AP', 'ap', 'unknown'), dev('CPE', 'station')] }, 30)).toMatchObject({ status: 'up' });
  });

  it('speaks the server language', () => {
    const down = { ...uplink, status: 'down' as const };
    expect(towerStatus({ uplink: down, devices: [down] }, 30, 'pt-BR').reason).toBe('uplink R-Torre-Norte fora do ar');
    expect(towerStatus({ uplink, devices: [uplink, ...stations(4, 1)] }, 30, 'pt-BR').reason).toBe('1 de 4 clientes fora');
  });
});

describe('towerStatus reason parts', () => {
  const uplink = dev('R-Torre-Norte', 'router');
  const ap1 = dev('AP-1', 'ap');
  const named = (...ds: TowerDevice[]) => ds.map((d) => ({ id: d.id, name: d.name }));

  it('names the devices of each clause by id and name, at most three, counting the rest', () => {
    const aps = ['A', 'B', 'C', 'D', 'E'].map((n) => dev(n, 'ap', 'down'));
    expect(towerStatus({ uplink, devices: [uplink, ...aps] }, 30).reasonParts).toEqual([
      { kind: 'someInfra', status: 'down', count: 5, total: 6, devices: named(...aps.slice(0, 3)), more: 2 },
    ]);
    const all = [{ ...ap1, status: 'unreachable' as const }, dev('SW', 'switch', 'down')];
    expect(towerStatus({ uplink: null, devices: [...all, ...stations(2)] }, 30).reasonParts).toEqual([{ kind: 'allInfra', total: 2, devices: named(...all) }]);
  });

  it('keeps every clause of a degraded tower, in the order of the text', () => {
    const slow = { ...uplink, status: 'degraded' as const };
    const sick = { ...ap1, status: 'degraded' as const };
    const v = towerStatus({ uplink: slow, devices: [slow, sick, ...stations(2, 2)] }, 30);
    expect(v.reasonParts).toEqual([
      { kind: 'uplink', status: 'degraded', devices: named(slow) },
      { kind: 'someInfra', status: 'degraded', count: 1, total: 2, devices: named(sick) },
      { kind: 'customers', count: 2, total: 2, devices: [] },
    ]);
    expect(v.reason).toBe('uplink R-Torre-Norte degraded; 1 of 2 infra degraded: AP-1; 2 of 2 customers down');
  });

  it('describes maintenance by the uplink, or by the infrastructure count', () => {
    const maint = { ...uplink, maintenance: true };
    expect(towerStatus({ uplink: maint, devices: [maint] }, 30).reasonParts).toEqual([{ kind: 'maintUplink', devices: named(maint) }]);
    expect(towerStatus({ uplink: null, devices: [{ ...ap1, maintenance: true }] }, 30).reasonParts).toEqual([{ kind: 'maintInfra', total: 1, devices: [] }]);
  });

  it('has no parts when there is nothing to say', () => {
    expect(towerStatus({ uplink, devices: [uplink, ap1] }, 30).reasonParts).toEqual([]);
    expect(towerStatus({ uplink: { ...uplink, status: 'unknown' }, devices: [] }, 30).reasonParts).toEqual([]);
  });

  it('turns parts into the same text in either language', () => {
    const parts = [
      { kind: 'someInfra' as const, status: 'down' as const, count: 4, total: 9, devices: [{ id: 1, name: 'A' }], more: 3 },
      { kind: 'customers' as const, count: 2, total: 10, devices: [] },
    ];
    expect(towerReasonText(parts, 'en')).toBe('4 of 9 infra down: A +3; 2 of 10 customers down');
    expect(towerReasonText(parts, 'pt-BR')).toBe('4 de 9 da infra fora do ar: A +3; 2 de 10 clientes fora');
    expect(towerReasonText([], 'pt-BR')).toBeNull();
  });
});
