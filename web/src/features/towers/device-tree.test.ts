import { describe, expect, it } from 'vitest';
import { buildDeviceTree, customersOut } from './device-tree';

type Status = 'up' | 'down' | 'degraded' | 'unreachable' | 'unknown';
type Type = 'router' | 'ap' | 'station' | 'ptp' | 'switch';
const dev = (id: number, name: string, type: Type, effectiveParentId: number | null, status: Status = 'up') => ({ id, name, type, effectiveParentId, status });

describe('buildDeviceTree', () => {
  // Router 1 is the uplink (its parent, 100, is on another tower); switch 2 and AP 3 hang off it;
  // stations 10–12 off the AP; PtP 4 off the switch.
  const devices = [
    dev(3, 'AP-Setor-1', 'ap', 1),
    dev(11, 'CPE Bruno', 'station', 3, 'down'),
    dev(12, 'CPE Carla', 'station', 3),
    dev(10, 'CPE Ana', 'station', 3),
    dev(2, 'SW-Torre', 'switch', 1),
    dev(4, 'PtP-Vale', 'ptp', 2, 'unreachable'),
    dev(1, 'R-Torre', 'router', 100),
    dev(20, 'CPE Solta', 'station', null),
  ];

  it('nests infrastructure by effective parent and groups stations under their AP, those down first', () => {
    const tree = buildDeviceTree(devices, 1);
    expect(tree.roots.map((n) => n.device.name)).toEqual(['R-Torre']);
    const router = tree.roots[0]!;
    expect(router.children.map((n) => n.device.name)).toEqual(['AP-Setor-1', 'SW-Torre']);
    const ap = router.children[0]!;
    expect(ap.children).toEqual([]);
    expect(ap.customers.map((c) => c.name)).toEqual(['CPE Bruno', 'CPE Ana', 'CPE Carla']);
    expect(customersOut(ap.customers)).toBe(1);
    expect(router.children[1]!.children.map((n) => n.device.name)).toEqual(['PtP-Vale']);
    expect(tree.customers.map((c) => c.name)).toEqual(['CPE Solta']);
  });

  it('puts the uplink first among roots, the rest by name', () => {
    const tree = buildDeviceTree([dev(5, 'A-Server', 'switch', null), dev(6, 'Z-Uplink', 'router', null)], 6);
    expect(tree.roots.map((n) => n.device.name)).toEqual(['Z-Uplink', 'A-Server']);
  });

  it('shows every device once even when a cycle leaves no root', () => {
    const tree = buildDeviceTree([dev(1, 'A', 'router', 2), dev(2, 'B', 'router', 1)], null);
    const names = (nodes: ReturnType<typeof buildDeviceTree>['roots']): string[] => nodes.flatMap((n) => [n.device.name, ...names(n.children)]);
    expect(names(tree.roots).sort()).toEqual(['A', 'B']);
  });
});
