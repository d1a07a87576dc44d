import { describe, expect, it } from 'vitest';
import { createTestDb, TEST_DB } from '../test-support/test-db.js';
import { createRepos } from '../services.js';
import { createRetention } from './retention.js';

describe(`history expiry (${TEST_DB})`, () => {
  it('deletes each tier past its retention, in slices, and keeps the rest', async () => {
    const { db, cleanup } = await createTestDb();
    try {
      const repos = createRepos(db);
      const now = Date.now();
      const s = Math.floor(now / 1000);
      const at = new Date().toISOString();
      for (let id = 1; id <= 30; id++) {
        await db.kysely.insertInto('devices').values({ id, name: `d${id}`, host: `127.0.99.${id}`, type: 'ap', enabled: 1, tags: '[]', created_at: at, updated_at: at }).execute();
      }
      const sample = (device_id: number, t: number) => ({ device_id, t, rtt_avg: 1000, rtt_min: 900, rtt_max: 1100, sent: 3, lost: 0 });
      const rollup = (device_id: number, t: number) => ({ ...sample(device_id, t), rounds: 30, rtt_p95: 1100 });
      const ids = Array.from({ length: 30 }, (_, i) => i + 1);
      await repos.pingSamples.insertRound(ids.map((d) => sample(d, s - 49 * 3600)));
      await repos.pingSamples.insertRound(ids.map((d) => sample(d, s - 3600)));
      await repos.pingSamples.upsertRollups('ping_rollup_5m', ids.map((d) => rollup(d, s - 31 * 86_400)));
      await repos.pingSamples.upsertRollups('ping_rollup_5m', ids.map((d) => rollup(d, s - 86_400)));
      await repos.pingSamples.upsertRollups('ping_rollup_1h', ids.map((d) => rollup(d, s - 401 * 86_400)));
      await repos.pingSamples.upsertRollups('ping_rollup_1h', ids.map((d) => rollup(d, s - 86_400)));
      const ifRow = (d: number, t: number) => ({ device_id: d, if_index: 1, t, in_bps: 1, out_bps: 2, in_errors: 0, out_errors: 0, in_discards: 0, out_discards: 0 });
      const wlRow = (d: number, t: number) => ({ device_id: d, radio: 1, t, signal_dbm: -60, noise_dbm: -95, snr_db: 35, ccq_percent: 90, tx_rate_bps: 1, rx_rate_bps: 1, clients: 3 });
      await repos.snmpHistory.insert(ids.flatMap((d) => [ifRow(d, s - 49 * 3600), ifRow(d, s - 3600)]), ids.flatMap((d) => [wlRow(d, s - 49 * 3600), wlRow(d, s - 3600)]));
      await repos.snmpHistory.rollHour(Math.floor((s - 49 * 3600) / 3600) * 3600);
      await repos.snmpHistory.rollHour(Math.floor((s - 3600) / 3600) * 3600);
      const retention = createRetention({
        samples: repos.pingSamples,
        snmpHistory: repos.snmpHistory,
        snmpEvents: repos.snmpState,
        statuses: repos.deviceStatus,
        rawHours: 48,
        fiveMinuteDays: 30,
        hourlyDays: 400,
        log: { info: () => {}, error: () => {} },
      });
      await retention.runOnce(now);
      for (const table of ['interface_samples', 'wireless_samples'] as const) {
        expect(await db.kysely.selectFrom(table).select(['t']).execute(), table).toHaveLength(30);
      }
      for (const table of ['interface_rollup_1h', 'wireless_rollup_1h'] as const) {
        // both hours are younger than 400 days: the rollups stay
        expect(await db.kysely.selectFrom(table).select(['t']).execute(), table).toHaveLength(60);
      }
      for (const table of ['ping_samples', 'ping_rollup_5m', 'ping_rollup_1h'] as const) {
        const rows = await db.kysely.selectFrom(table).select(['t']).execute();
        expect(rows, table).toHaveLength(30);
      }
      // Slices of 7 devices still reach every device.
      await repos.pingSamples.insertRound(ids.map((d) => sample(d, s - 50 * 3600)));
      expect(await repos.pingSamples.expire('ping_samples', s - 48 * 3600, 7)).toBe(30);
    } finally {
      await cleanup();
    }
  });
});

describe(`tower status event expiry (${TEST_DB})`, () => {
  it('expires old tower events but keeps each tower latest one, its current status', async () => {
    const { db, cleanup } = await createTestDb();
    try {
      const repos = createRepos(db);
      const now = Date.now();
      const day = 86_400_000;
      const at = new Date().toISOString();
      for (const id of [1, 2]) await db.kysely.insertInto('towers').values({ id, name: `T${id}`, latitude: 0, longitude: 0, created_at: at, updated_at: at }).execute();
      const ev = (towerId: number, ago: number, from: 'unknown' | 'up' | 'down', to: 'up' | 'down') => ({ towerId, at: now - ago, from, to, reason: null, infraDown: 0, customersDown: 0, customers: 0 });
      // Tower 1: up long ago, down 500 days ago, up again yesterday. Tower 2: up 500 days ago, nothing since.
      await repos.towerStatus.save([ev(1, 600 * day, 'unknown', 'up'), ev(1, 500 * day, 'up', 'down'), ev(1, day, 'down', 'up'), ev(2, 500 * day, 'unknown', 'up')]);
      const retention = createRetention({
        samples: repos.pingSamples,
        snmpHistory: repos.snmpHistory,
        snmpEvents: repos.snmpState,
        statuses: repos.deviceStatus,
        towerEvents: repos.towerStatus,
        rawHours: 48,
        fiveMinuteDays: 30,
        hourlyDays: 400,
        log: { info: () => {}, error: () => {} },
      });
      await retention.runOnce(now);
      const left = await db.kysely.selectFrom('tower_status_events').select(['tower_id', 'to_status']).orderBy('id').execute();
      expect(left).toEqual([{ tower_id: 1, to_status: 'up' }, { tower_id: 2, to_status: 'up' }]);
      expect((await repos.towerStatus.latest()).map((e) => [e.towerId, e.to, e.at]).sort()).toEqual([[1, 'up', now - day], [2, 'up', now - 500 * day]]);
    } finally {
      await cleanup();
    }
  });
});
