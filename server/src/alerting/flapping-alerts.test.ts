import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, TEST_DB } from '../test-support/test-db.js';
import { createRepos, createServices } from '../services.js';
import { createEventBus } from '../monitoring/event-bus.js';
import { initialState, type DeviceState, type Status } from '../monitoring/status-machine.js';
import type { Alert } from '../db/repos/alerts.js';
import { createAlertEngine, type NotifyPhase } from './alert-engine.js';
import { DEFAULT_SEVERITY_POLICY } from './severity.js';

/** The engine fed status and flapping changes by hand, over a real test database. */
describe(`flapping alerts (${TEST_DB})`, () => {
  let db: Awaited<ReturnType<typeof createTestDb>>;
  let repos: ReturnType<typeof createRepos>;
  const bus = createEventBus();
  const states = new Map<number, DeviceState>();
  const sent: string[] = [];
  const ids: Record<string, number> = {};
  let engine: ReturnType<typeof createAlertEngine>;
  let clock = Date.UTC(2026, 11, 7, 12);

  /** A status change as the monitor announces it: its memory first, then the event. */
  const change = (name: string, to: Status, flapping?: boolean) => {
    const id = ids[name]!;
    const before = states.get(id) ?? initialState('up');
    states.set(id, { ...before, status: to, flapping: flapping ?? before.flapping });
    bus.emit('status.changed', { deviceId: id, from: before.status, to, at: (clock += 1000), reason: null });
  };
  const flap = (name: string, flapping: boolean) => {
    const id = ids[name]!;
    states.set(id, { ...(states.get(id) ?? initialState('up')), flapping });
    bus.emit('flapping.changed', { deviceId: id, flapping, at: clock });
  };
  const round = async () => {
    bus.emit('round.completed', { at: (clock += 10_000), durationMs: 0, probeMs: 0, storeMs: 0, devices: 3, counts: { up: 0, down: 0, degraded: 0, unreachable: 0, unknown: 0 }, overruns: 0 });
    await engine.idle();
  };
  const alertsOf = async (name: string) => (await repos.alerts.list({ deviceId: ids[name]!, limit: 100 })).reverse();

  beforeAll(async () => {
    db = await createTestDb();
    repos = createRepos(db.db);
    const services = createServices(db.db, repos);
    const tower = await services.towers.create({ name: 'Torre Morro do Cruzeiro', latitude: 0, longitude: 0 });
    ids['PTP-CRZ'] = (await services.devices.create({ name: 'PTP-CRZ', host: '10.82.0.1', type: 'ptp', towerId: tower.id })).id;
    ids['CPE-1'] = (await services.devices.create({ name: 'CPE-1', host: '10.82.0.2', type: 'station', towerId: tower.id, parentId: ids['PTP-CRZ'] })).id;
    ids['CPE-2'] = (await services.devices.create({ name: 'CPE-2', host: '10.82.0.3', type: 'station', towerId: tower.id, parentId: ids['PTP-CRZ'] })).id;
    for (const id of Object.values(ids)) states.set(id, initialState('up'));
    engine = createAlertEngine({
      alerts: repos.alerts,
      devices: repos.devices,
      towers: repos.towers,
      inventory: services.inventory,
      deviceState: (id) => states.get(id),
      bus,
      language: 'pt-BR',
      maxHoldRounds: 2,
      radio: () => null,
      radioLimits: { signalDbm: -80, ccqPercent: 60, polls: 3 },
      silenced: async () => false,
      anomalyAlerts: async () => false,
      upstreamWindowMs: 60_000,
      repeatMs: 0,
      policy: () => ({ ...DEFAULT_SEVERITY_POLICY, minimum: 'info' }),
      anyAnswered: () => true,
      notify: async (a: Alert, phase: NotifyPhase) => void sent.push(`${phase}: ${a.message}`),
      log: { error: (o) => console.error(o), warn: () => {} },
    });
    await engine.start();
  });
  afterAll(async () => {
    await engine.stop();
    await db.cleanup();
  });

  it('raises one flapping alert and no down or degraded alert of its own while the device flaps; ends it when the device becomes unreachable, filed under the root', async () => {
    change('CPE-1', 'down');
    await round();
    change('CPE-1', 'up');
    change('CPE-1', 'down', true); // the change that makes it flap: handled before the flag
    flap('CPE-1', true);
    await round();
    change('CPE-1', 'up');
    change('CPE-1', 'degraded');
    await round();
    change('CPE-1', 'down');
    await round();
    expect(sent).toEqual(['open: Torre Morro do Cruzeiro: CPE-1 fora do ar', 'resolved: Torre Morro do Cruzeiro: CPE-1 fora do ar', 'open: Torre Morro do Cruzeiro: CPE-1 instável (oscilando)']);
    expect((await alertsOf('CPE-1')).map((a) => [a.kind, a.resolvedAt === null])).toEqual([
      ['down', false],
      ['flapping', true],
    ]);

    // Its link fails: the link's alert is the root cause, the flapping alert ends under it, and no recovery is sent.
    change('PTP-CRZ', 'down');
    change('CPE-1', 'unreachable');
    await round();
    const root = (await alertsOf('PTP-CRZ')).at(-1)!;
    const flapping = (await alertsOf('CPE-1')).find((a) => a.kind === 'flapping')!;
    expect(flapping).toMatchObject({ resolvedAt: expect.any(Number), suppressedBy: root.id });
    expect(sent.slice(3)).toEqual(['open: Torre Morro do Cruzeiro: PTP-CRZ fora do ar; 2 equipamentos afetados']);
    expect(engine.openAlerts().filter((a) => a.deviceId === ids['CPE-1'])).toEqual([]);
  });

  it('ends the flapping alert when the device is stable again, and a device that stays down then gets its down alert', async () => {
    change('PTP-CRZ', 'up');
    change('CPE-1', 'up');
    await round();
    sent.length = 0;
    change('CPE-2', 'down');
    change('CPE-2', 'up', true);
    flap('CPE-2', true);
    await round();
    change('CPE-2', 'down');
    await round();
    flap('CPE-2', false); // stable, and down
    await round();
    expect(sent.slice(-3)).toEqual([
      'open: Torre Morro do Cruzeiro: CPE-2 instável (oscilando)',
      'resolved: Torre Morro do Cruzeiro: CPE-2 instável (oscilando)',
      'open: Torre Morro do Cruzeiro: CPE-2 fora do ar',
    ]);
    const open = engine.openAlerts().filter((a) => a.deviceId === ids['CPE-2']);
    expect(open.map((a) => a.kind)).toEqual(['down']);
  });
});
