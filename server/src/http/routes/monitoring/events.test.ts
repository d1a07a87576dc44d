import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { adminAuth, createTestApp, QUICK_OUTAGES } from '../../../test-support/test-app.js';
import { TEST_DB } from '../../../test-support/test-db.js';
import { createIcmpBlocker } from '../../../test-support/icmp-block.js';
import type { EventList } from './schema.js';

// This file's own loopback addresses (one range per database run).
const NET = TEST_DB === 'postgres' ? '127.86.2' : '127.86.1';
const { drop, restore } = createIcmpBlocker();

describe(`GET /api/events and /api/devices/:id name the upstream device (${TEST_DB})`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: { authorization: string };
  const ids: Record<string, number> = {};
  let towerId = 0;
  let clock = Math.floor(Date.now() / 1000) * 1000 - 3600_000;
  const round = async () => {
    await t.monitoring.engine.runRound((clock += 10_000));
    await t.alerting.engine.idle();
  };
  const req = (method: 'GET' | 'POST' | 'DELETE', url: string, payload?: unknown) =>
    t.app.inject({ method, url, headers: admin, ...(payload !== undefined && { payload: payload as object }) });
  const events = async (query: string) => {
    const res = await req('GET', `/api/events?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<EventList>().items;
  };

  beforeAll(async () => {
    t = await createTestApp({ ...QUICK_OUTAGES, DEFAULT_LANGUAGE: 'en' });
    admin = await adminAuth(t.app);
    towerId = (await req('POST', '/api/towers', { name: 'Morro Azul', latitude: -10, longitude: -50 })).json().id;
    const add = async (name: string, n: number, type: string, parent?: string) => {
      const res = await req('POST', '/api/devices', { name, host: `${NET}.${n}`, type, towerId, ...(parent && { parentId: ids[parent] }) });
      expect(res.statusCode, res.body).toBe(201);
      ids[name] = res.json().id;
    };
    await add('R-AZUL', 1, 'router');
    await add('AP-AZUL', 2, 'ap', 'R-AZUL');
  }, 60_000);
  afterEach(restore);
  afterAll(async () => {
    restore();
    await t?.close();
  });

  it('on the list, a device and a tower: the upstream by name, other reasons without one', async () => {
    await round();
    drop(`${NET}.1`, `${NET}.2`);
    await round();
    await round();
    const ap = ids['AP-AZUL']!;
    const router = ids['R-AZUL']!;
    for (const query of ['limit=50', `deviceId=${ap}`, `towerId=${towerId}`]) {
      const items = await events(query);
      const unreachable = items.find((e) => e.deviceId === ap && e.to === 'unreachable');
      expect(unreachable?.reason, query).toBe(`upstream|${router}|down`);
      expect(unreachable?.reasonDevice, query).toEqual({ id: router, name: 'R-AZUL' });
    }
    // The device itself (its page's header) names it too.
    const device = (await req('GET', `/api/devices/${ap}`)).json();
    expect([device.statusReason, device.statusReasonDevice]).toEqual([`upstream|${router}|down`, { id: router, name: 'R-AZUL' }]);
    expect((await req('GET', `/api/devices/${router}`)).json().statusReasonDevice).toBeNull();
    const down = (await events(`deviceId=${router}`)).find((e) => e.to === 'down');
    expect(down?.reason).toMatch(/^no-reply\|/);
    expect(down?.reasonDevice).toBeNull();
  });

  it('gives no name once the upstream device is deleted', async () => {
    expect((await req('DELETE', `/api/devices/${ids['R-AZUL']}`)).statusCode).toBe(204);
    const unreachable = (await events(`deviceId=${ids['AP-AZUL']}`)).find((e) => e.to === 'unreachable');
    expect(unreachable?.reason).toMatch(/^upstream\|/);
    expect(unreachable?.reasonDevice).toBeNull();
    expect((await req('GET', `/api/devices/${ids['AP-AZUL']}`)).json().statusReasonDevice).toBeNull();
  });
});
