import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, TEST_DB } from '../../test-support/test-db.js';
import { createRepos, createServices } from '../../services.js';
import type { SnmpReading } from '../../probers/snmp/model.js';
import { createEventBus } from '../event-bus.js';
import { createSnmpMonitor, type PolledDevice } from './snmp-monitor.js';

const H = 1_800_000_000 - (1_800_000_000 % 3600); // an hour boundary, unix seconds
const log = { error: () => {} };

/** A poll of a one-interface device whose counter reads `octets` at `t` (unix seconds). */
const poll = (deviceId: number, t: number, octets: bigint): PolledDevice => {
  const reading: SnmpReading = {
    system: { sysName: null, sysDescr: null, sysObjectId: null, uptimeSeconds: t - H + 100_000, vendor: null, platform: null, model: null, firmware: null, serial: null },
    interfaces: [
      { ifIndex: 1, name: 'eth0', alias: null, descr: null, type: 6, adminStatus: 'up', operStatus: 'up', speedBps: 1e9, inOctets: octets, outOctets: 0n, counterBits: 64, inErrors: 0, outErrors: 0, inDiscards: 0, outDiscards: 0 },
    ],
    wireless: [],
    clients: [],
  };
  return { deviceId, result: { ok: true, reason: null, data: { reading, polledAt: t * 1000, durationMs: 5, requests: 2 } } };
};

describe(`SNMP monitor: hourly rollups (${TEST_DB})`, () => {
  let t: Awaited<ReturnType<typeof createTestDb>>;
  let repos: ReturnType<typeof createRepos>;
  const ids: number[] = [];
  const hourly = async (deviceId: number) => (await repos.snmpHistory.traffic('1h', deviceId, 1, H - 7200, H + 5 * 3600, 3600)).map((p) => [p.t, p.inBps]);

  beforeAll(async () => {
    t = await createTestDb();
    repos = createRepos(t.db);
    const services = createServices(t.db, repos);
    for (const n of [1, 2]) ids.push((await services.devices.create({ name: `d${n}`, host: `127.0.0.${n}`, type: 'router' })).id);
  });
  afterAll(async () => {
    await t.cleanup();
  });

  it('rolls an hour up once it closes, again when rows for it arrive late, and catches up after a restart', async () => {
    const [a, b] = ids as [number, number];
    const monitor = createSnmpMonitor({ states: repos.snmpState, history: repos.snmpHistory, bus: createEventBus(), rawRetentionSeconds: 48 * 3600, log });
    await monitor.init((H + 600) * 1000);
    // 1 Mbit/s = 7,500,000 bytes a minute on a, 2 Mbit/s on b
    await monitor.ingest([poll(a, H + 600, 0n), poll(b, H + 600, 0n)]);
    await monitor.ingest([poll(a, H + 660, 7_500_000n)]);
    expect(await hourly(a)).toEqual([]);
    // a's next poll is in the next hour: hour H closes and is rolled
    await monitor.ingest([poll(a, H + 3660, 382_500_000n)]); // 3,000 s at 125,000 B/s after H+660
    expect(await hourly(a)).toEqual([[H, 1_000_000]]);
    // b's poll stamped in hour H is stored after it closed: H is rolled again and has b
    await monitor.ingest([poll(b, H + 660, 15_000_000n)]);
    expect(await hourly(b)).toEqual([[H, 2_000_000]]);

    // Down from H+1 to H+3: a new monitor rolls the hours it missed from the raw rows.
    await monitor.ingest([poll(a, H + 3720, 390_000_000n)]);
    const restarted = createSnmpMonitor({ states: repos.snmpState, history: repos.snmpHistory, bus: createEventBus(), rawRetentionSeconds: 48 * 3600, log });
    await restarted.init((H + 3 * 3600 + 60) * 1000);
    expect(await hourly(a)).toEqual([
      [H, 1_000_000],
      [H + 3600, 1_000_000],
    ]);
    // Counters survived the restart: the first poll after it already has a rate (over the gap).
    // two hours at 1 Mbit/s since a's last answer = 900,000,000 bytes
    await restarted.ingest([poll(a, H + 3 * 3600 + 120, 390_000_000n + 900_000_000n)]);
    expect(restarted.get(a)!.interfaces[0]!.inBps).toBeCloseTo(1_000_000, 0);
  });
});
