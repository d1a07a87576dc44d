import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, TEST_DB } from '../../test-support/test-db.js';
import { createRepos, createServices } from '../../services.js';
import { createMaintenanceGate } from '../../alerting/maintenance-gate.js';
import type { TowerStatusEvent } from '../../db/repos/tower-status.js';
import { createEventBus } from '../event-bus.js';
import type { Status } from '../status-machine.js';
import { createTowerTracker } from './tower-tracker.js';

describe(`tower tracker (${TEST_DB})`, () => {
  let db: Awaited<ReturnType<typeof createTestDb>>;
  let repos: ReturnType<typeof createRepos>;
  let services: ReturnType<typeof createServices>;
  const statuses = new Map<number, Status>();
  const ids: Record<string, number> = {};
  const towers: Record<string, number> = {};
  beforeAll(async () => {
    db = await createTestDb();
    repos = createRepos(db.db);
    services = createServices(db.db, repos);
    for (const name of ['A', 'B']) towers[name] = (await services.towers.create({ name, latitude: 0, longitude: 0 })).id;
    for (const [name, type, tower, n] of [['RA', 'router', 'A', 1], ['APA', 'ap', 'A', 2], ['RB', 'router', 'B', 3], ['CPE-B', 'station', 'B', 4]] as const) {
      ids[name] = (await services.devices.create({ name, host: `10.61.0.${n}`, type, towerId: towers[tower] })).id;
      statuses.set(ids[name]!, 'up');
    }
    await services.towers.update(towers.A!, { uplinkDeviceId: ids.RA });
    await services.towers.update(towers.B!, { uplinkDeviceId: ids.RB });
  });
  afterAll(() => db.cleanup());

  const tracker = (bus = createEventBus()) => {
    const announced: TowerStatusEvent[] = [];
    bus.on('tower.status.changed', (e) => announced.push(e));
    const t = createTowerTracker({
      repo: repos.towerStatus,
      inventory: services.inventory,
      status: (id) => statuses.get(id),
      maintenance: createMaintenanceGate({ repo: repos.maintenance, inventory: services.inventory }),
      bus,
      customersDegradedPercent: 30,
      language: 'en',
      log: { error: () => {} },
    });
    return { t, bus, announced };
  };

  it('recomputes the towers a status change touches after the round, stores and announces each change once', async () => {
    const { t, bus, announced } = tracker();
    await t.start();
    expect(announced.map((e) => [e.towerId, e.from, e.to])).toEqual([[towers.A, 'unknown', 'up'], [towers.B, 'unknown', 'up']]);
    statuses.set(ids.RA!, 'down');
    bus.emit('status.changed', { deviceId: ids.RA!, from: 'up', to: 'down', at: Date.now(), reason: null });
    expect(t.get(towers.A!).status).toBe('up'); // nothing until the round ends
    const at = Date.now() + 10_000;
    bus.emit('round.completed', { at, durationMs: 0, probeMs: 0, storeMs: 0, devices: 4, counts: { up: 3, down: 1, degraded: 0, unreachable: 0, unknown: 0 }, overruns: 0 });
    await t.idle();
    expect(t.get(towers.A!)).toMatchObject({ status: 'down', since: at, reason: 'uplink RA down', reasonParts: [{ kind: 'uplink', status: 'down', devices: [{ id: ids.RA, name: 'RA' }] }] });
    expect(announced.slice(2)).toEqual([{ towerId: towers.A, at, from: 'up', to: 'down', reason: 'uplink RA down', infraDown: 1, customersDown: 0, customers: 0 }]);
    // A later change stamped earlier (a round's start after a maintenance change) does not go back in time.
    statuses.set(ids.RA!, 'up');
    bus.emit('status.changed', { deviceId: ids.RA!, from: 'down', to: 'up', at: at - 5000, reason: null });
    await t.update(at - 5000);
    expect(announced.at(-1)).toMatchObject({ towerId: towers.A, to: 'up', at });
    expect((await repos.towerStatus.list({ towerId: towers.A!, limit: 10 })).map((e) => e.to)).toEqual(['up', 'down', 'up']);
    await t.stop();
  });

  it('resumes from the stored events: a new tracker over the same statuses announces nothing', async () => {
    const { t, announced } = tracker();
    await t.start();
    expect(announced).toEqual([]);
    expect(t.get(towers.B!)).toMatchObject({ status: 'up', customers: 1 });
    await t.stop();
  });

  it('follows inventory writes by itself, once they settle', async () => {
    const { t, bus, announced } = tracker();
    await t.start();
    statuses.set(ids.RB!, 'down');
    bus.emit('status.changed', { deviceId: ids.RB!, from: 'up', to: 'down', at: Date.now(), reason: null });
    await t.update(Date.now());
    expect(t.get(towers.B!)).toMatchObject({ status: 'down', reason: 'uplink RB down' });
    // A disabled uplink counts as none: tower B is judged by what is left, one customer, up.
    await services.devices.update(ids.RB!, { enabled: false });
    await expect.poll(() => t.get(towers.B!).status, { timeout: 3000 }).toBe('up');
    statuses.set(ids['CPE-B']!, 'down');
    await services.devices.update(ids['CPE-B']!, { name: 'CPE-B2' });
    await expect.poll(() => t.get(towers.B!).status, { timeout: 3000 }).toBe('degraded');
    expect(announced.map((e) => [e.towerId, e.to, e.reason])).toEqual([
      [towers.B, 'down', 'uplink RB down'],
      [towers.B, 'up', null],
      [towers.B, 'degraded', '1 of 1 customers down'],
    ]);
    await t.stop();
    // A restart resumes the stored text and fills in the parts without announcing anything.
    const again = tracker();
    await again.t.start();
    expect(again.announced).toEqual([]);
    expect(again.t.get(towers.B!)).toMatchObject({ status: 'degraded', reasonParts: [{ kind: 'customers', count: 1, total: 1, devices: [] }] });
    await again.t.stop();
  });
});
