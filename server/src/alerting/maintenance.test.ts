import { describe, expect, it } from 'vitest';
import type { DependencyGraph } from '../inventory/dependencies.js';
import { activeMaintenance, coveringWindows, isInMaintenance, nextOccurrence, occurrenceAt, windowState, windowTimes, WEEK_MS, type MaintenanceWindow } from './maintenance.js';

const H = 3600_000;
const t = (s: string) => Date.parse(s);

let nextId = 1;
const win = (w: Partial<MaintenanceWindow> & Pick<MaintenanceWindow, 'startsAt' | 'endsAt'>): MaintenanceWindow => ({
  id: nextId++,
  scope: 'global',
  targetId: null,
  recurrence: null,
  reason: null,
  createdBy: 'ana',
  createdAt: w.startsAt,
  endedAt: null,
  ...w,
});

describe('occurrences', () => {
  const oneOff = win({ startsAt: t('2025-03-10T10:00:00Z'), endsAt: t('2025-03-10T12:00:00Z') });
  // Sunday 2025-03-02, 02:00–04:00 (UTC-3), every week.
  const sunday = win({ startsAt: t('2025-03-02T02:00:00-03:00'), endsAt: t('2025-03-02T04:00:00-03:00'), recurrence: 'weekly' });

  it('covers a one-off window from its start, up to but not including its end', () => {
    expect(occurrenceAt(oneOff, t('2025-03-10T09:59:59Z'))).toBeNull();
    expect(occurrenceAt(oneOff, t('2025-03-10T10:00:00Z'))).toEqual({ start: oneOff.startsAt, end: oneOff.endsAt });
    expect(occurrenceAt(oneOff, t('2025-03-10T11:59:59Z'))).not.toBeNull();
    expect(occurrenceAt(oneOff, t('2025-03-10T12:00:00Z'))).toBeNull();
    expect(nextOccurrence(oneOff, t('2025-03-01T00:00:00Z'))?.start).toBe(oneOff.startsAt);
    expect(nextOccurrence(oneOff, oneOff.startsAt)).toBeNull();
    expect(windowState(oneOff, t('2025-03-01T00:00:00Z'))).toBe('upcoming');
    expect(windowState(oneOff, t('2025-03-10T11:00:00Z'))).toBe('active');
    expect(windowState(oneOff, t('2025-03-10T12:00:00Z'))).toBe('past');
  });

  it('repeats a weekly window every Sunday 02:00–04:00 and never before its first', () => {
    expect(occurrenceAt(sunday, t('2025-02-23T03:00:00-03:00'))).toBeNull(); // the Sunday before
    expect(occurrenceAt(sunday, t('2025-03-09T03:00:00-03:00'))).toEqual({ start: t('2025-03-09T02:00:00-03:00'), end: t('2025-03-09T04:00:00-03:00') });
    expect(occurrenceAt(sunday, t('2025-12-28T02:00:00-03:00'))).not.toBeNull(); // 43 weeks on
    expect(occurrenceAt(sunday, t('2025-03-09T04:00:00-03:00'))).toBeNull();
    expect(occurrenceAt(sunday, t('2025-03-12T03:00:00-03:00'))).toBeNull(); // a Wednesday
    expect(nextOccurrence(sunday, t('2025-03-12T03:00:00-03:00'))?.start).toBe(t('2025-03-16T02:00:00-03:00'));
    // While one is on, the next is the following Sunday's.
    expect(nextOccurrence(sunday, t('2025-03-09T03:00:00-03:00'))?.start).toBe(t('2025-03-16T02:00:00-03:00'));
    expect(windowState(sunday, t('2030-01-01T00:00:00Z'))).toBe('upcoming');
  });

  it('covers a whole week with a 7-day weekly window, with no gap between occurrences', () => {
    const always = win({ startsAt: 0, endsAt: WEEK_MS, recurrence: 'weekly' });
    expect(occurrenceAt(always, WEEK_MS)).toEqual({ start: WEEK_MS, end: 2 * WEEK_MS });
    expect(occurrenceAt(always, WEEK_MS - 1)).toEqual({ start: 0, end: WEEK_MS });
  });

  it('stops at an early end: the present occurrence is cut short and none follows', () => {
    const ended = { ...sunday, endedAt: t('2025-03-09T03:00:00-03:00') };
    expect(occurrenceAt(ended, t('2025-03-09T02:30:00-03:00'))).toEqual({ start: t('2025-03-09T02:00:00-03:00'), end: ended.endedAt });
    expect(occurrenceAt(ended, ended.endedAt)).toBeNull();
    expect(occurrenceAt(ended, t('2025-03-16T03:00:00-03:00'))).toBeNull();
    expect(nextOccurrence(ended, t('2025-03-09T02:30:00-03:00'))).toBeNull();
    expect(windowState(ended, t('2025-03-09T03:00:00-03:00'))).toBe('past');
  });

  it('never starts a window ended before its start', () => {
    const cancelled = { ...oneOff, endedAt: t('2025-03-01T00:00:00Z') };
    expect(occurrenceAt(cancelled, t('2025-03-10T11:00:00Z'))).toBeNull();
    expect(nextOccurrence(cancelled, t('2025-03-01T00:00:00Z'))).toBeNull();
    expect(windowState(cancelled, t('2025-03-01T00:00:00Z'))).toBe('past');
  });
});

describe('what a window covers', () => {
  // Tower 10: uplink 1, sector AP 2 (depends on 1), client 3 on AP 2.
  // Tower 20: uplink 4 fed by a PTP link from 1 (parent 1); AP 5 on it (depends on 4 by uplink).
  // Device 6 stands alone on tower 30.
  const graph: DependencyGraph = {
    devices: new Map([
      [1, { parentId: null, towerId: 10 }],
      [2, { parentId: null, towerId: 10 }],
      [3, { parentId: 2, towerId: null }],
      [4, { parentId: 1, towerId: 20 }],
      [5, { parentId: null, towerId: 20 }],
      [6, { parentId: null, towerId: 30 }],
    ]),
    uplinks: new Map([
      [10, 1],
      [20, 4],
      [30, null],
    ]),
  };
  const at = t('2025-03-10T11:00:00Z');
  const on = { startsAt: t('2025-03-10T10:00:00Z'), endsAt: t('2025-03-10T12:00:00Z') };
  const covered = (windows: MaintenanceWindow[]) => [...graph.devices.keys()].filter((d) => isInMaintenance(d, windows, graph, at));

  it('silences a device window on the device and its dependents only', () => {
    expect(covered([win({ ...on, scope: 'device', targetId: 2 })])).toEqual([2, 3]);
    expect(covered([win({ ...on, scope: 'device', targetId: 4 })])).toEqual([4, 5]);
  });

  it('silences a tower window on its devices and their dependents, on other towers too', () => {
    expect(covered([win({ ...on, scope: 'tower', targetId: 10 })])).toEqual([1, 2, 3, 4, 5]);
    expect(covered([win({ ...on, scope: 'tower', targetId: 20 })])).toEqual([4, 5]);
    expect(covered([win({ ...on, scope: 'tower', targetId: 30 })])).toEqual([6]);
  });

  it('silences everything with a global window', () => {
    expect(covered([win(on)])).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('ignores windows not in force at that moment', () => {
    const later = { startsAt: t('2025-03-11T10:00:00Z'), endsAt: t('2025-03-11T12:00:00Z') };
    expect(covered([win({ ...later, scope: 'tower', targetId: 10 }), win({ ...on, scope: 'tower', targetId: 10, endedAt: at - 1 }), win(later)])).toEqual([]);
  });

  it('lists every covering window, closest first, each once', () => {
    const own = win({ ...on, scope: 'device', targetId: 5 });
    const tower = win({ ...on, scope: 'tower', targetId: 10 });
    const global = win(on);
    expect(coveringWindows(5, [global, tower, own], graph, at)).toEqual([own, tower, global]);
    // Devices 1 and 2 are both on tower 10: the window is still listed once for device 3.
    expect(coveringWindows(3, [tower], graph, at)).toEqual([tower]);
  });

  it('answers per device by walking up its chain, and survives a cycle in stale data', () => {
    const active = activeMaintenance([win({ ...on, scope: 'device', targetId: 1 })], at);
    const devices = new Map<number, { parentId: number | null; towerId: number | null }>();
    for (let i = 1; i <= 20_000; i++) devices.set(i, { parentId: i === 1 ? null : i - 1, towerId: null });
    expect(active.has(20_000, { devices, uplinks: new Map() })).toBe(true);
    const cyclic: DependencyGraph = { devices: new Map([[7, { parentId: 8, towerId: null }], [8, { parentId: 7, towerId: null }]]), uplinks: new Map() };
    expect(active.has(7, cyclic)).toBe(false);
  });
});

describe('requested window times', () => {
  const now = t('2025-03-10T10:00:00Z');

  it('starts now by default and takes an end or a duration', () => {
    expect(windowTimes({ durationMinutes: 90, recurrence: null }, now)).toEqual({ ok: true, startsAt: now, endsAt: now + 1.5 * H });
    expect(windowTimes({ startsAt: now + H, endsAt: now + 2 * H, recurrence: null }, now)).toEqual({ ok: true, startsAt: now + H, endsAt: now + 2 * H });
  });

  it('names the field at fault', () => {
    expect(windowTimes({ recurrence: null }, now)).toMatchObject({ ok: false, field: 'endsAt' });
    expect(windowTimes({ endsAt: now + H, durationMinutes: 5, recurrence: null }, now)).toMatchObject({ ok: false, field: 'durationMinutes' });
    expect(windowTimes({ startsAt: now + H, endsAt: now + H, recurrence: null }, now)).toMatchObject({ ok: false, field: 'endsAt' });
    expect(windowTimes({ durationMinutes: 7 * 24 * 60 + 1, recurrence: 'weekly' }, now)).toMatchObject({ ok: false, field: 'durationMinutes' });
    expect(windowTimes({ durationMinutes: 7 * 24 * 60, recurrence: 'weekly' }, now)).toMatchObject({ ok: true });
    expect(windowTimes({ startsAt: now - 2 * H, endsAt: now - H, recurrence: null }, now)).toMatchObject({ ok: false, field: 'endsAt' });
    // A weekly window that began in the past still has occurrences ahead.
    expect(windowTimes({ startsAt: now - 2 * WEEK_MS, endsAt: now - 2 * WEEK_MS + H, recurrence: 'weekly' }, now)).toMatchObject({ ok: true });
  });
});
