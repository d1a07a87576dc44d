import { describe, expect, it } from 'vitest';
import type { DeviceType } from '../http/routes/devices/schema.js';
import type { DependencyGraph } from './dependencies.js';
import { deriveLinks } from './links.js';

type Row = [id: number, parentId: number | null, towerId: number | null, type: DeviceType];
const build = (rows: Row[], uplinks: [number, number | null][] = []) => {
  const graph: DependencyGraph = {
    devices: new Map(rows.map(([id, parentId, towerId]) => [id, { parentId, towerId }])),
    uplinks: new Map(uplinks),
  };
  const types = new Map(rows.map(([id, , , type]) => [id, type]));
  return deriveLinks(graph, (id) => types.get(id));
};

// Towers: 1 (core), 2 and 3 (behind it).
const CORE = 1;
const B = 2;
const C = 3;

describe('links derived from the dependency graph', () => {
  it('makes a link of a device whose explicit parent is on another tower, from the parent tower to its own', () => {
    const links = build([
      [10, null, CORE, 'router'],
      [11, 10, CORE, 'ptp'], // same tower as its parent: not a link
      [20, 11, B, 'ptp'], // the far end of the PtP pair
      [21, null, B, 'ap'], // depends on tower 2's uplink, on the same tower
    ], [[CORE, 10], [B, 20]]);
    expect(links).toEqual([{ deviceId: 20, parentId: 11, fromTowerId: CORE, toTowerId: B }]);
  });

  it('makes a link of a device whose tower uplink is on another tower', () => {
    // Tower 3's uplink is the radio on tower 2 (no device of tower 3 names it as parent).
    const links = build([
      [10, null, CORE, 'router'],
      [20, 10, B, 'ptp'],
      [30, null, C, 'switch'],
      [31, null, C, 'ptp'],
      [32, null, C, 'station'],
      [33, 30, C, 'ap'],
    ], [[B, 20], [C, 20]]);
    // One link for the tower, the radio standing for it.
    expect(links).toEqual([
      { deviceId: 20, parentId: 10, fromTowerId: CORE, toTowerId: B },
      { deviceId: 31, parentId: 20, fromTowerId: B, toTowerId: C },
    ]);
  });

  it('stands the lowest id for a tower when no radio depends on the far uplink', () => {
    const links = build([[10, null, CORE, 'router'], [31, null, C, 'other'], [30, null, C, 'other']], [[C, 10]]);
    expect(links).toEqual([{ deviceId: 30, parentId: 10, fromTowerId: CORE, toTowerId: C }]);
  });

  it('drops the inherited link when a device of the tower names the far uplink as its parent', () => {
    const links = build([[10, null, CORE, 'ptp'], [30, 10, C, 'ptp'], [31, null, C, 'switch']], [[C, 10]]);
    expect(links).toEqual([{ deviceId: 30, parentId: 10, fromTowerId: CORE, toTowerId: C }]);
  });

  it('keeps two parallel links between the same towers', () => {
    const links = build([[10, null, CORE, 'ptp'], [11, null, CORE, 'ptp'], [20, 10, B, 'ptp'], [21, 11, B, 'ptp']]);
    expect(links.map((l) => [l.deviceId, l.fromTowerId, l.toTowerId])).toEqual([[20, CORE, B], [21, CORE, B]]);
  });

  it('ignores devices without a tower, parents without one, and customer stations', () => {
    const links = build([
      [10, null, CORE, 'ap'],
      [40, 10, null, 'ptp'], // no tower of its own
      [41, 40, B, 'ptp'], // parent on no tower
      [42, 10, B, 'station'], // a customer of tower 1's AP, listed on tower 2
      [43, 99, B, 'ptp'], // parent unknown
    ]);
    expect(links).toEqual([]);
  });

  it('ignores a tower whose uplink is its own device', () => {
    expect(build([[20, null, B, 'ptp'], [21, null, B, 'ap']], [[B, 20]])).toEqual([]);
  });

});
