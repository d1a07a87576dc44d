import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { adminAuth, createTestApp, QUICK_OUTAGES } from '../../../test-support/test-app.js';
import { TEST_DB } from '../../../test-support/test-db.js';
import { createIcmpBlocker } from '../../../test-support/icmp-block.js';

// This file's own loopback addresses (one range per database run).
const NET = TEST_DB === 'postgres' ? '127.63.202' : '127.63.201';
const { drop, restore } = createIcmpBlocker();

describe(`GET /api/towers/:id/path (${TEST_DB})`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: { authorization: string };
  const towers: Record<string, number> = {};
  const ids: Record<string, number> = {};
  let clock = Math.floor(Date.now() / 1000) * 1000 - 3600_000;
  const round = () => t.monitoring.engine.runRound((clock += 10_000));
  const req = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) => t.app.inject({ method, url, headers: admin, ...(payload && { payload }) });
  const path = async (tower: string) => {
    const res = await req('GET', `/api/towers/${towers[tower]}/path`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items as { name: string; towerName: string | null; status: string; type: string }[];
  };

  beforeAll(async () => {
    t = await createTestApp({ ...QUICK_OUTAGES, PING_TIMEOUT_MS: '1000' });
    admin = await adminAuth(t.app);
    for (const name of ['Núcleo', 'Serra', 'Vale', 'Sem uplink']) towers[name] = (await req('POST', '/api/towers', { name, latitude: -10, longitude: -50 })).json().id;
    const add = async (name: string, n: number, type: string, tower: string, parent?: string) => {
      const res = await req('POST', '/api/devices', { name, host: `${NET}.${n}`, type, towerId: towers[tower], ...(parent && { parentId: ids[parent] }) });
      expect(res.statusCode, res.body).toBe(201);
      ids[name] = res.json().id;
    };
    // Núcleo's router is the core; its PtP (no parent: it depends on the uplink) feeds Serra's
    // PtP, Serra's router hangs off that, and Vale's router off Serra's router.
    await add('R-Core', 1, 'router', 'Núcleo');
    await add('PtP-Core-Serra', 2, 'ptp', 'Núcleo');
    await add('PtP-Serra', 3, 'ptp', 'Serra', 'PtP-Core-Serra');
    await add('R-Serra', 4, 'router', 'Serra', 'PtP-Serra');
    await add('R-Vale', 5, 'router', 'Vale', 'R-Serra');
    await add('CPE-Vale', 6, 'station', 'Vale');
    for (const [tower, uplink] of [['Núcleo', 'R-Core'], ['Serra', 'R-Serra'], ['Vale', 'R-Vale']] as const) {
      expect((await req('PATCH', `/api/towers/${towers[tower]}`, { uplinkDeviceId: ids[uplink] })).statusCode).toBe(200);
    }
  }, 60_000);
  afterEach(restore);
  afterAll(async () => {
    restore();
    await t?.close();
  });

  it('goes from the uplink, parent by parent and tower by tower, to the core', async () => {
    expect((await path('Vale')).map((h) => [h.name, h.towerName, h.type])).toEqual([
      ['R-Vale', 'Vale', 'router'],
      ['R-Serra', 'Serra', 'router'],
      ['PtP-Serra', 'Serra', 'ptp'],
      ['PtP-Core-Serra', 'Núcleo', 'ptp'],
      ['R-Core', 'Núcleo', 'router'],
    ]);
    expect((await path('Núcleo')).map((h) => h.name)).toEqual(['R-Core']);
    expect(await path('Sem uplink')).toEqual([]);
  });

  it('carries each hop’s live status: the cut one down, those behind it unreachable', async () => {
    expect((await path('Vale')).every((h) => h.status === 'unknown')).toBe(true);
    await round();
    expect((await path('Vale')).map((h) => h.status)).toEqual(['up', 'up', 'up', 'up', 'up']);
    // Serra's PtP is cut: on a real network everything behind it goes silent with it.
    for (const n of [3, 4, 5]) drop(`${NET}.${n}`);
    await round();
    await round();
    expect((await path('Vale')).map((h) => [h.name, h.status])).toEqual([
      ['R-Vale', 'unreachable'],
      ['R-Serra', 'unreachable'],
      ['PtP-Serra', 'down'],
      ['PtP-Core-Serra', 'up'],
      ['R-Core', 'up'],
    ]);
  }, 30_000);

  it('follows an inventory change at once, and answers 404 for a tower that does not exist', async () => {
    expect((await req('PATCH', `/api/devices/${ids['R-Vale']}`, { parentId: ids['R-Core'] })).statusCode).toBe(200);
    expect((await path('Vale')).map((h) => h.name)).toEqual(['R-Vale', 'R-Core']);
    const res = await req('GET', '/api/towers/999999/path');
    expect(res.statusCode).toBe(404);
    expect((await req('GET', '/api/towers/abc/path')).statusCode).toBe(400);
  });
});
