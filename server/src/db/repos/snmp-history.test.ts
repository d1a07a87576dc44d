import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, TEST_DB } from '../../test-support/test-db.js';
import { createRepos, createServices } from '../../services.js';
import type { Db } from '../database.js';

describe(`SNMP history storage (${TEST_DB})`, () => {
  let db: Db;
  let cleanup: () => Promise<void>;
  let repos: ReturnType<typeof createRepos>;
  let deviceId = 0;
  const hour = 1_800_000_000 - (1_800_000_000 % 3600);

  beforeAll(async () => {
    ({ db, cleanup } = await createTestDb());
    repos = createRepos(db);
    deviceId = (await createServices(db, repos).devices.create({ name: 'rb', host: '127.0.0.1', type: 'router' })).id;
  });
  afterAll(async () => {
    await cleanup();
  });

  it('keeps the indexes and counts devices really send (RouterOS indexes up to 2^32-2, deltas over 2^31)', async () => {
    const ifRows = Array.from({ length: 60 }, (_, i) => ({
      device_id: deviceId,
      if_index: 4_294_967_294,
      t: hour + i * 60,
      in_bps: 1e10,
      out_bps: 2e10,
      in_errors: 3_000_000_000,
      out_errors: 60_000_000,
      in_discards: 0,
      out_discards: 0,
    }));
    const wlRows = [{ device_id: deviceId, radio: -999_999_999, t: hour, signal_dbm: -61.5, noise_dbm: -96, snr_db: 34.5, ccq_percent: 88, tx_rate_bps: 1.95e9, rx_rate_bps: 1.9e9, clients: 4_294_967_295 }];
    await repos.snmpHistory.insert(ifRows, wlRows);
    // an hour of big error counts sums past 2^32 too
    await repos.snmpHistory.rollHour(hour);
    const raw = await repos.snmpHistory.traffic('raw', deviceId, 4_294_967_294, hour, hour + 3600, 3600);
    expect(raw).toEqual([{ t: hour, inBps: 1e10, outBps: 2e10, inMaxBps: 1e10, outMaxBps: 2e10, inErrors: 180_000_000_000, outErrors: 3_600_000_000 }]);
    const hourly = await repos.snmpHistory.traffic('1h', deviceId, 4_294_967_294, hour, hour + 3600, 3600);
    expect(hourly).toEqual(raw);
    const radio = await repos.snmpHistory.wireless('raw', deviceId, -999_999_999, hour, hour + 60, 60);
    expect(radio).toEqual([{ t: hour, signalDbm: -61.5, signalMinDbm: -61.5, noiseDbm: -96, snrDb: 34.5, ccqPercent: 88, txRateBps: 1.95e9, rxRateBps: 1.9e9, clients: 4_294_967_295 }]);
  });

  it('rebuilds an hour idempotently, with rows that arrived late', async () => {
    const row = (t: number, inBps: number) => ({ device_id: deviceId, if_index: 1, t, in_bps: inBps, out_bps: 0, in_errors: 0, out_errors: 0, in_discards: 0, out_discards: 0 });
    await repos.snmpHistory.insert([row(hour + 60, 100)], []);
    await repos.snmpHistory.rollHour(hour);
    await repos.snmpHistory.insert([row(hour + 120, 300)], []);
    await repos.snmpHistory.rollHour(hour);
    const hourly = await repos.snmpHistory.traffic('1h', deviceId, 1, hour, hour + 3600, 3600);
    expect(hourly[0]).toMatchObject({ inBps: 200, inMaxBps: 300 });
    expect(await repos.snmpHistory.lastRolledHour()).toBe(hour);
  });
});
