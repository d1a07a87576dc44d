import { describe, expect, it } from 'vitest';
import type { AlertListItem } from '@server/http/routes/alerts/schema.js';
import { alertDurationMs, filterAlerts, groupByCause, worstFirst } from './alert-list';
import { activeFilters, type AlertListState } from './use-alert-list-params';

const alert = (id: number, o: Partial<AlertListItem> = {}): AlertListItem => ({
  id,
  kind: 'down',
  severity: 'major',
  deviceId: id,
  towerId: null,
  startedAt: '2026-12-07T12:00:00.000Z',
  resolvedAt: null,
  acknowledgedAt: null,
  acknowledgedBy: null,
  message: `Device ${id} fora do ar`,
  suppressedBy: null,
  notifiedAt: null,
  belowMinimum: false,
  affected: [],
  ifIndex: null,
  deviceName: `Device ${id}`,
  deviceType: 'ap',
  towerName: null,
  ...o,
});

describe('alert list helpers', () => {
  it('finds alerts by message, device or tower name, ignoring case and accents', () => {
    const list = [alert(1, { towerName: 'Torre São João' }), alert(2, { deviceName: 'PTP-CRZ', message: 'x' })];
    expect(filterAlerts(list, { q: 'sao joao' }).map((a) => a.id)).toEqual([1]);
    expect(filterAlerts(list, { q: 'ptp-crz' }).map((a) => a.id)).toEqual([2]);
    expect(filterAlerts(list, { q: '  ' })).toHaveLength(2);
  });
  it('lists open alerts worst first, newest first within a severity', () => {
    const list = [alert(5, { severity: 'warning' }), alert(4, { severity: 'critical' }), alert(3, { severity: 'major' }), alert(2, { severity: 'critical' }), alert(1, { severity: 'info' })];
    expect(worstFirst(list).map((a) => a.id)).toEqual([4, 2, 3, 5, 1]);
    expect(list.map((a) => a.id)).toEqual([5, 4, 3, 2, 1]);
  });
  it('puts suppressed alerts right under their cause', () => {
    const rows = groupByCause([alert(3, { suppressedBy: 1 }), alert(2), alert(1)]);
    expect(rows.map((r) => [r.alert.id, r.nested])).toEqual([
      [2, false],
      [1, false],
      [3, true],
    ]);
  });
  it('measures an open alert until now and a resolved one until its end', () => {
    const now = Date.parse('2026-12-07T12:12:00.000Z');
    expect(alertDurationMs(alert(1), now)).toBe(12 * 60_000);
    expect(alertDurationMs(alert(1, { resolvedAt: '2026-12-07T14:05:00.000Z' }), now)).toBe(125 * 60_000);
  });
  it('counts the filters set, for the folded filters button', () => {
    const none: AlertListState = { tab: 'open', range: '24h', severity: undefined, towerId: undefined, type: undefined, notSent: false, q: '', deviceId: undefined };
    expect(activeFilters(none)).toBe(0);
    expect(activeFilters({ ...none, severity: 'critical', towerId: 3, notSent: true })).toBe(3);
  });
});
