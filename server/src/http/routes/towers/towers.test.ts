import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminAuth, createTestApp, userAuth } from '../../../test-support/test-app.js';
import { TEST_DB } from '../../../test-support/test-db.js';

describe(`towers API (${TEST_DB})`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: { authorization: string };
  beforeAll(async () => {
    t = await createTestApp();
    admin = await adminAuth(t.app);
  });
  afterAll(() => t.close());
  const req = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: unknown, headers = admin) =>
    t.app.inject({ method, url, headers, ...(payload !== undefined && { payload: payload as object }) });

  it('creates, reads, updates, lists and deletes a tower', async () => {
    const created = await req('POST', '/api/towers', { name: 'Torre Serra Azul', code: 'SAZ', latitude: -22.9, longitude: -47.06, address: 'Estrada 1' });
    expect(created.statusCode).toBe(201);
    const tower = created.json();
    expect(tower).toMatchObject({ name: 'Torre Serra Azul', code: 'SAZ', latitude: -22.9, longitude: -47.06, uplinkDeviceId: null, deviceCount: 0 });
    expect((await req('GET', `/api/towers/${tower.id}`)).json()).toEqual(tower);
    const patched = await req('PATCH', `/api/towers/${tower.id}`, { notes: 'acesso pela fazenda', code: null });
    expect(patched.json()).toMatchObject({ notes: 'acesso pela fazenda', code: null, name: 'Torre Serra Azul' });
    const list = (await req('GET', '/api/towers?q=serra')).json();
    expect(list.total).toBe(1);
    expect((await req('DELETE', `/api/towers/${tower.id}`)).statusCode).toBe(204);
    expect((await req('GET', `/api/towers/${tower.id}`)).statusCode).toBe(404);
  });

  it('answers bad input with 400 and a message per field', async () => {
    const res = await req('POST', '/api/towers', { latitude: 91, longitude: -200, code: '' });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.code).toBe('VALIDATION');
    expect(body.fields.map((f: { field: string }) => f.field).sort()).toEqual(['code', 'latitude', 'longitude', 'name']);
    expect((await req('GET', '/api/towers/abc')).statusCode).toBe(400);
    expect((await req('PATCH', '/api/towers/999999', { name: 'x' })).statusCode).toBe(404);
  });

  it('refuses a duplicate code (409) and deleting a tower that has devices (409)', async () => {
    const a = (await req('POST', '/api/towers', { name: 'A', code: 'DUP', latitude: 0, longitude: 0 })).json();
    const dup = await req('POST', '/api/towers', { name: 'B', code: 'DUP', latitude: 0, longitude: 0 });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('DUPLICATE_CODE');
    const d = await req('POST', '/api/devices', { name: 'rb', host: '10.1.1.1', type: 'router', towerId: a.id });
    expect(d.statusCode).toBe(201);
    const del = await req('DELETE', `/api/towers/${a.id}`);
    expect(del.statusCode).toBe(409);
    expect(del.json().code).toBe('TOWER_HAS_DEVICES');
    expect((await req('GET', `/api/towers/${a.id}`)).json().deviceCount).toBe(1);
  });

  it('refuses an uplink that would make a dependency cycle', async () => {
    const tw = (await req('POST', '/api/towers', { name: 'C', latitude: 1, longitude: 1 })).json();
    const core = (await req('POST', '/api/devices', { name: 'core', host: '10.2.0.1', type: 'router', towerId: tw.id })).json();
    const ap = (await req('POST', '/api/devices', { name: 'ap', host: '10.2.0.2', type: 'ap', towerId: tw.id })).json();
    expect((await req('PATCH', `/api/towers/${tw.id}`, { uplinkDeviceId: core.id })).json()).toMatchObject({ uplinkDeviceId: core.id, uplinkDeviceName: 'core', deviceCount: 2 });
    expect((await req('GET', `/api/devices/${ap.id}`)).json().effectiveParentId).toBe(core.id);
    // core depending on ap while ap depends on core (through the uplink) is a cycle.
    const cyc = await req('PATCH', `/api/devices/${core.id}`, { parentId: ap.id });
    expect(cyc.statusCode).toBe(400);
    expect(cyc.json()).toMatchObject({ code: 'DEPENDENCY_CYCLE', fields: [{ field: 'parentId' }] });
    const unknown = await req('PATCH', `/api/towers/${tw.id}`, { uplinkDeviceId: 999999 });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().fields[0].field).toBe('uplinkDeviceId');
  });

  it('lets a viewer read but not write (403)', async () => {
    const viewer = await userAuth(t.app, admin, 'viewer');
    expect((await req('GET', '/api/towers', undefined, viewer)).statusCode).toBe(200);
    const w = await req('POST', '/api/towers', { name: 'V', latitude: 0, longitude: 0 }, viewer);
    expect(w.statusCode).toBe(403);
    expect(w.json().code).toBe('FORBIDDEN');
    const operator = await userAuth(t.app, admin, 'operator');
    expect((await req('POST', '/api/towers', { name: 'O', latitude: 0, longitude: 0 }, operator)).statusCode).toBe(201);
  });
});
