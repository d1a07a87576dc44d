import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { adminAuth, createTestApp, QUICK_OUTAGES } from '../../../test-support/test-app.js';
import { TEST_DB } from '../../../test-support/test-db.js';
import { createIcmpBlocker } from '../../../test-support/icmp-block.js';
import type { AffectedList, ChangeList, IncidentList } from './schema.js';

// This file's own loopback addresses (one range per database run).
const NET = TEST_DB === 'postgres' ? '127.81.2' : '127.81.1';
const { drop, restore } = createIcmpBlocker();

describe(`GET /api/incidents from real pings (${TEST_DB})`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: { authorization: string };
  const ids: Record<string, number> = {};
  const towers: Record<string, number> = {};
  let clock = Math.floor(Date.now() / 1000) * 1000 - 3600_000;
  const round = async () => {
    await t.monitoring.engine.runRound((clock += 10_000));
    await t.monitoring.towers.idle();
    await t.alerting.engine.idle();
  };
  const req = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) =>
    t.app.inject({ method, url, headers: admin, ...(payload !== undefined && { payload: payload as object }) });
  const incidents = async () => (await req('GET', '/api/incidents')).json<IncidentList>().items;

  beforeAll(async () => {
    t = await createTestApp({ ...QUICK_OUTAGES, PING_TIMEOUT_MS: '1000', DEFAULT_LANGUAGE: 'en' });
    admin = await adminAuth(t.app);
    const tower = async (name: string) => (towers[name] = (await req('POST', '/api/towers', { name, latitude: -10, longitude: -50 })).json().id);
    const add = async (name: string, n: number, type: string, towerId: number, parent?: string) => {
      const res = await req('POST', '/api/devices', { name, host: `${NET}.${n}`, type, towerId, ...(parent && { parentId: ids[parent] }) });
      expect(res.statusCode, res.body).toBe(201);
      ids[name] = res.json().id;
    };
    await tower('Morro do Cruzeiro');
    await tower('Centro');
    await add('R-CRZ', 1, 'router', towers['Morro do Cruzeiro']!);
    await add('CPE-CRZ', 20, 'cpe', towers['Morro do Cruzeiro']!, 'R-CRZ');
    await add('PTP-CRZ-CEN', 2, 'ptp', towers.Centro!, 'R-CRZ');
    await add('AP-CEN', 3, 'ap', towers.Centro!);
    for (const n of [1, 2, 3]) await add(`CPE-CEN-${n}`, 10 + n, 'cpe', towers.Centro!, 'AP-CEN');
    expect((await req('PATCH', `/api/towers/${towers['Morro do Cruzeiro']}`, { uplinkDeviceId: ids['R-CRZ'] })).statusCode).toBe(200);
    expect((await req('PATCH', `/api/towers/${towers.Centro}`, { uplinkDeviceId: ids['PTP-CRZ-CEN'] })).statusCode).toBe(200);
  }, 60_000);
  afterEach(restore);
  afterAll(async () => {
    restore();
    await t?.close();
  });

  it('lists nothing while everything answers', async () => {
    await round();
    expect(await incidents()).toEqual([]);
  });

  it('files a cut tower uplink as one incident with its towers, infrastructure and customers, and lists them', async () => {
    // On loopback only the dropped addresses go silent: a cut uplink silences everything behind it.
    drop(`${NET}.2`, `${NET}.3`, `${NET}.11`, `${NET}.12`, `${NET}.13`, `${NET}.20`);
    await round();
    await round();
    const items = await incidents();
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({
      key: `tower:${towers.Centro}`,
      kind: 'tower',
      tower: { id: towers.Centro, name: 'Centro' },
      causes: [{ id: ids['PTP-CRZ-CEN'], name: 'PTP-CRZ-CEN', type: 'ptp', status: 'down' }],
      severity: 'critical',
      acknowledgedBy: null,
      affected: 5,
      towers: 1,
      infrastructure: 2,
      customers: 3,
    });
    // A customer down alone: a device incident that takes out no tower, ranked below.
    expect(items[1]).toMatchObject({ key: `device:${ids['CPE-CRZ']}`, kind: 'device', severity: 'warning', towers: 0, infrastructure: 0, customers: 1 });

    const affected = await req('GET', `/api/incidents/affected?key=${encodeURIComponent(items[0]!.key)}`);
    expect(affected.statusCode).toBe(200);
    const list = affected.json<AffectedList>().items;
    expect(list.map((d) => [d.name, d.status, d.cause])).toEqual([
      ['PTP-CRZ-CEN', 'down', true],
      ['AP-CEN', 'unreachable', false],
      ['CPE-CEN-1', 'unreachable', false],
      ['CPE-CEN-2', 'unreachable', false],
      ['CPE-CEN-3', 'unreachable', false],
    ]);
    expect(list[1]!.tower).toEqual({ id: towers.Centro, name: 'Centro' });

    // Each dependent's change names the device it depends on.
    const changes = (await req('GET', '/api/incidents/changes?limit=50')).json<ChangeList>().items;
    const cpe = changes.find((c) => c.deviceName === 'CPE-CEN-1' && c.to === 'unreachable');
    expect(cpe?.upstream).toEqual({ id: ids['AP-CEN'], name: 'AP-CEN' });
    expect(changes.find((c) => c.deviceName === 'AP-CEN' && c.to === 'unreachable')?.upstream).toEqual({ id: ids['PTP-CRZ-CEN'], name: 'PTP-CRZ-CEN' });
    expect(changes.find((c) => c.deviceName === 'PTP-CRZ-CEN' && c.to === 'down')?.upstream).toBeNull();
  });

  it('shows who acknowledged it', async () => {
    const alert = t.alerting.engine.openAlerts().find((a) => a.deviceId === ids['PTP-CRZ-CEN'] && a.kind === 'down')!;
    expect((await incidents())[0]?.alertIds).toEqual([alert.id]);
    expect((await req('POST', `/api/alerts/${alert.id}/ack`)).statusCode).toBe(200);
    const [first] = await incidents();
    expect(first?.acknowledgedBy).toBeTruthy();
    expect(first?.acknowledgedAt).not.toBeNull();
  });

  it('marks a cause under maintenance as planned work and lists it last', async () => {
    expect((await req('POST', '/api/maintenance', { scope: 'device', targetId: ids['CPE-CRZ'], durationMinutes: 60, reason: 'troca de CPE' })).statusCode).toBe(201);
    const items = await incidents();
    expect(items.map((i) => [i.key, i.maintenance])).toEqual([
      [`tower:${towers.Centro}`, false],
      [`device:${ids['CPE-CRZ']}`, true],
    ]);
  });

  it('ends when the uplink answers again; an ended or malformed key is refused', async () => {
    await round();
    await round();
    expect(await incidents()).toEqual([]);
    const changes = (await req('GET', '/api/incidents/changes?limit=50')).json<ChangeList>().items;
    // A dependent's return names its parent now.
    expect(changes.find((c) => c.deviceName === 'AP-CEN' && c.from === 'unreachable')?.upstream?.name).toBe('PTP-CRZ-CEN');
    expect((await req('GET', `/api/incidents/affected?key=tower:${towers.Centro}`)).statusCode).toBe(404);
    expect((await req('GET', '/api/incidents/affected?key=tower:x')).statusCode).toBe(400);
  });
});
