import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestDb, TEST_DB } from '../../test-support/test-db.js';
import type { Db } from '../database.js';
import { now as nowIso } from '../types.js';
import { createMaintenanceRepo, type MaintenanceRepo, type MaintenanceWindow } from './maintenance.js';

const H = 3600_000;
const DAY = 24 * H;

describe(`maintenance windows repo (${TEST_DB})`, () => {
  let db: Db;
  let cleanup: () => Promise<void>;
  let repo: MaintenanceRepo;
  let towerId: number;
  let deviceId: number;
  const now = Date.parse('2030-01-07T12:00:00.000Z');

  beforeAll(async () => {
    ({ db, cleanup } = await createTestDb());
    repo = createMaintenanceRepo(db.kysely);
    const at = nowIso();
    towerId = Number((await db.kysely.insertInto('towers').values({ name: 'Torre Serra Azul', latitude: 0, longitude: 0, created_at: at, updated_at: at }).returning('id').executeTakeFirstOrThrow()).id);
    deviceId = Number(
      (await db.kysely.insertInto('devices').values({ name: 'RB-Core', host: '10.0.0.1', type: 'router', tower_id: towerId, tags: '[]', enabled: 1, created_at: at, updated_at: at }).returning('id').executeTakeFirstOrThrow()).id,
    );
  });
  afterAll(async () => {
    await cleanup();
  });
  beforeEach(async () => {
    await db.kysely.deleteFrom('maintenance_windows').execute();
  });

  const make = (w: Partial<MaintenanceWindow> & Pick<MaintenanceWindow, 'startsAt' | 'endsAt'>) =>
    repo.create({ scope: 'global', targetId: null, recurrence: null, reason: null, createdBy: 'Ana', createdAt: now, ...w });
  const ids = (ws: { id: number }[]) => ws.map((w) => w.id);

  it('stores a window with epoch-ms times and names its target', async () => {
    const w = await make({ scope: 'tower', targetId: towerId, startsAt: now - H, endsAt: now + H, reason: 'troca do rádio' });
    expect(w).toEqual({
      id: expect.any(Number),
      scope: 'tower',
      targetId: towerId,
      targetName: 'Torre Serra Azul',
      startsAt: now - H,
      endsAt: now + H,
      recurrence: null,
      reason: 'troca do rádio',
      createdBy: 'Ana',
      createdAt: now,
      endedAt: null,
    });
    expect((await make({ scope: 'device', targetId: deviceId, startsAt: now, endsAt: now + H })).targetName).toBe('RB-Core');
    expect((await make({ startsAt: now, endsAt: now + H })).targetName).toBeNull();
    expect(await repo.byId(w.id)).toEqual(w);
    expect(await repo.byId(999_999)).toBeNull();
  });

  it('lists by state: active, upcoming (weekly ones included), past, all; by default active and upcoming', async () => {
    const active = await make({ startsAt: now - H, endsAt: now + H });
    const upcoming = await make({ startsAt: now + DAY, endsAt: now + DAY + H });
    const soon = await make({ startsAt: now + H, endsAt: now + 2 * H });
    // First occurrence two weeks ago; next one in three days.
    const weekly = await make({ startsAt: now - 14 * DAY + 3 * DAY, endsAt: now - 14 * DAY + 3 * DAY + H, recurrence: 'weekly' });
    const weeklyOn = await make({ startsAt: now - 7 * DAY - 2 * H, endsAt: now - 7 * DAY + H, recurrence: 'weekly' });
    const over = await make({ startsAt: now - 3 * H, endsAt: now - 2 * H });
    const endedEarly = await make({ startsAt: now - 2 * H, endsAt: now + 2 * H });
    await repo.end(endedEarly.id, now - H);

    expect(ids(await repo.list({ state: 'active' }, now))).toEqual([weeklyOn.id, active.id]);
    expect(ids(await repo.list({ state: 'upcoming' }, now))).toEqual([soon.id, upcoming.id, weekly.id]);
    expect(ids(await repo.list({ state: 'past' }, now))).toEqual([endedEarly.id, over.id]);
    expect(ids(await repo.list({}, now))).toEqual([weeklyOn.id, active.id, soon.id, upcoming.id, weekly.id]);
    expect(ids(await repo.list({ state: 'all' }, now))).toEqual([weeklyOn.id, active.id, soon.id, upcoming.id, weekly.id, endedEarly.id, over.id]);
    expect(ids(await repo.list({ state: 'all', limit: 2 }, now))).toEqual([weeklyOn.id, active.id]);
    expect((await repo.all()).map((w) => w.id).sort((a, b) => a - b)).toEqual([active, upcoming, soon, weekly, weeklyOn, over, endedEarly].map((w) => w.id));
  });

  it('ends a window once: ending it again keeps the first end; one not started never starts', async () => {
    const w = await make({ startsAt: now - H, endsAt: now + H, recurrence: 'weekly' });
    expect((await repo.end(w.id, now))?.endedAt).toBe(now);
    expect((await repo.end(w.id, now + 5 * 60_000))?.endedAt).toBe(now);
    expect(ids(await repo.list({ state: 'past' }, now))).toEqual([w.id]);
    const future = await make({ startsAt: now + DAY, endsAt: now + DAY + H });
    await repo.end(future.id, now);
    expect(ids(await repo.list({ state: 'upcoming' }, now))).toEqual([]);
    expect(ids(await repo.list({ state: 'past' }, now + 2 * DAY))).toContain(future.id);
    expect(await repo.end(999_999, now)).toBeNull();
  });
});
