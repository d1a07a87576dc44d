import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminAuth, createTestApp, userAuth } from '../../../test-support/test-app.js';
import { TEST_DB } from '../../../test-support/test-db.js';
import { readEventStream } from '../../../test-support/sse-reader.js';

const H = 3600_000;
const DAY = 24 * H;

describe(`maintenance API (${TEST_DB})`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: { authorization: string };
  let operator: { authorization: string };
  let towerId: number;
  let deviceId: number;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await adminAuth(t.app);
    operator = await userAuth(t.app, admin, 'operator');
    towerId = (await req('POST', '/api/towers', { name: 'Torre Serra Azul', latitude: -22.9, longitude: -47.06 })).json().id;
    deviceId = (await req('POST', '/api/devices', { name: 'RB-Core', host: '10.9.0.1', type: 'router', towerId })).json().id;
  });
  afterAll(() => t.close());
  const req = (method: 'GET' | 'POST' | 'DELETE', url: string, payload?: unknown, headers = admin) =>
    t.app.inject({ method, url, headers, ...(payload !== undefined && { payload: payload as object }) });
  const iso = (ms: number) => new Date(ms).toISOString();
  const fieldOf = (res: { statusCode: number; json: () => { fields?: { field: string }[] } }) => {
    expect(res.statusCode).toBe(400);
    return res.json().fields?.map((f) => f.field);
  };

  it('puts a tower in maintenance now for a duration, in the name of the signed-in user', async () => {
    const before = Date.now();
    const res = await req('POST', '/api/maintenance', { scope: 'tower', targetId: towerId, durationMinutes: 90, reason: '  troca do rádio ' }, operator);
    expect(res.statusCode).toBe(201);
    const w = res.json();
    expect(w).toMatchObject({ scope: 'tower', targetId: towerId, targetName: 'Torre Serra Azul', recurrence: null, reason: 'troca do rádio', createdBy: 'operator', endedAt: null, active: true, nextStartsAt: null });
    expect(Date.parse(w.startsAt)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(w.endsAt) - Date.parse(w.startsAt)).toBe(90 * 60_000);
    const listed = (await req('GET', '/api/maintenance?state=active')).json().items;
    expect(listed).toEqual([w]);
    expect((await req('DELETE', `/api/maintenance/${w.id}`, undefined, operator)).statusCode).toBe(204);
  });

  it('lists active and upcoming by default, past on request, with the next start of weekly ones', async () => {
    const now = Date.now();
    const device = (await req('POST', '/api/maintenance', { scope: 'device', targetId: deviceId, startsAt: iso(now + DAY), endsAt: iso(now + DAY + H) })).json();
    const weekly = (await req('POST', '/api/maintenance', { scope: 'global', startsAt: iso(now - 7 * DAY + 2 * H), durationMinutes: 120, recurrence: 'weekly', reason: 'janela semanal' })).json();
    expect(device).toMatchObject({ targetName: 'RB-Core', active: false, nextStartsAt: iso(now + DAY) });
    expect(weekly).toMatchObject({ targetId: null, targetName: null, recurrence: 'weekly', active: false, nextStartsAt: iso(now + 2 * H) });

    const current = (await req('GET', '/api/maintenance')).json().items.map((w: { id: number }) => w.id);
    expect(current).toEqual([weekly.id, device.id]);
    expect((await req('GET', '/api/maintenance?state=upcoming')).json().items).toHaveLength(2);
    const past = (await req('GET', '/api/maintenance?state=past')).json().items;
    expect(past).toHaveLength(1); // the one ended in the first test
    expect(past[0]).toMatchObject({ scope: 'tower', active: false, nextStartsAt: null, endedAt: expect.any(String) });
    expect((await req('GET', '/api/maintenance?state=all')).json().items).toHaveLength(3);
  });

  it('ends a window now; one not started never will; an unknown one is 404', async () => {
    const now = Date.now();
    const w = (await req('POST', '/api/maintenance', { scope: 'tower', targetId: towerId, startsAt: iso(now + 3 * DAY), durationMinutes: 30 })).json();
    expect((await req('DELETE', `/api/maintenance/${w.id}`)).statusCode).toBe(204);
    const ended = (await req('GET', '/api/maintenance?state=past')).json().items.find((x: { id: number }) => x.id === w.id);
    expect(ended).toMatchObject({ active: false, nextStartsAt: null });
    expect(Date.parse(ended.endedAt)).toBeLessThan(Date.parse(ended.startsAt));
    expect((await req('DELETE', `/api/maintenance/${w.id}`)).statusCode).toBe(204); // again: already over
    const missing = await req('DELETE', '/api/maintenance/999999');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('NOT_FOUND');
    expect(fieldOf(await req('DELETE', '/api/maintenance/abc'))).toEqual(['id']);
  });

  it('answers each bad input with a 400 naming the field', async () => {
    const now = Date.now();
    const post = (body: object) => req('POST', '/api/maintenance', body);
    expect(fieldOf(await post({ scope: 'rack', durationMinutes: 10 }))).toEqual(['scope']);
    expect(fieldOf(await post({ scope: 'device', durationMinutes: 10 }))).toEqual(['targetId']);
    expect(fieldOf(await post({ scope: 'device', targetId: 999999, durationMinutes: 10 }))).toEqual(['targetId']);
    expect((await post({ scope: 'tower', targetId: 999999, durationMinutes: 10 })).json()).toMatchObject({ code: 'UNKNOWN_TOWER', fields: [{ field: 'targetId' }] });
    expect(fieldOf(await post({ scope: 'tower', targetId: deviceId + towerId + 1000, durationMinutes: 10 }))).toEqual(['targetId']);
    expect(fieldOf(await post({ scope: 'global', targetId: towerId, durationMinutes: 10 }))).toEqual(['targetId']);
    expect(fieldOf(await post({ scope: 'global' }))).toEqual(['endsAt']);
    expect(fieldOf(await post({ scope: 'global', endsAt: iso(now + H), durationMinutes: 10 }))).toEqual(['durationMinutes']);
    expect(fieldOf(await post({ scope: 'global', startsAt: iso(now + 2 * H), endsAt: iso(now + H) }))).toEqual(['endsAt']);
    expect(fieldOf(await post({ scope: 'global', startsAt: iso(now - 2 * H), endsAt: iso(now - H) }))).toEqual(['endsAt']);
    expect(fieldOf(await post({ scope: 'global', durationMinutes: 7 * 24 * 60 + 1, recurrence: 'weekly' }))).toEqual(['durationMinutes']);
    expect(fieldOf(await post({ scope: 'global', startsAt: iso(now), endsAt: iso(now + 8 * DAY), recurrence: 'weekly' }))).toEqual(['endsAt']);
    expect(fieldOf(await post({ scope: 'global', durationMinutes: 0 }))).toEqual(['durationMinutes']);
    expect(fieldOf(await post({ scope: 'global', endsAt: 'tomorrow' }))).toEqual(['endsAt']);
    expect(fieldOf(await post({ scope: 'global', startsAt: '2030-13-01T00:00:00Z', durationMinutes: 10 }))).toEqual(['startsAt']);
    expect(fieldOf(await post({ scope: 'global', durationMinutes: 10, recurrence: 'daily' }))).toEqual(['recurrence']);
    expect(fieldOf(await post({ scope: 'global', durationMinutes: 10, reason: 'x'.repeat(501) }))).toEqual(['reason']);
    expect(fieldOf(await post({ scope: 'global', durationMinutes: 10, color: 'red' }))).toEqual(['color']);
    expect(fieldOf(await req('GET', '/api/maintenance?state=soon'))).toEqual(['state']);
  });

  it('lets a viewer list but not create or end (403), and refuses anyone signed out (401)', async () => {
    const viewer = await userAuth(t.app, admin, 'viewer');
    expect((await req('GET', '/api/maintenance', undefined, viewer)).statusCode).toBe(200);
    expect((await req('POST', '/api/maintenance', { scope: 'global', durationMinutes: 10 }, viewer)).statusCode).toBe(403);
    expect((await req('DELETE', '/api/maintenance/1', undefined, viewer)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/maintenance' })).statusCode).toBe(401);
  });

  it('tells the live stream when a window is created and when it is ended', async () => {
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const { port } = t.app.server.address() as { port: number };
    const stream = await readEventStream(`http://127.0.0.1:${port}/api/stream`, admin);
    try {
      const w = (await req('POST', '/api/maintenance', { scope: 'device', targetId: deviceId, durationMinutes: 30 })).json();
      await expect.poll(() => stream.named('maintenance').length).toBe(1);
      expect((await req('DELETE', `/api/maintenance/${w.id}`)).statusCode).toBe(204);
      await expect.poll(() => stream.named('maintenance').length).toBe(2);
      expect(stream.named('maintenance')[0]).toEqual({ at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    } finally {
      stream.stop();
    }
  });
});
