import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrate, openDatabase } from './database.js';
import { copyDatabase } from './copy.js';
import { createRepos, createServices } from '../services.js';
import { ensureDefaultAdmin } from '../auth/bootstrap.js';
import { createTestDb } from '../test-support/test-db.js';
import { presentDevice } from './repos/devices.js';

describe('moving the SQLite database to PostgreSQL', () => {
  it('copies every row with its id, dependencies and secrets, and new rows get fresh ids', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'torre-copy-'));
    const source = openDatabase({ kind: 'sqlite', file: path.join(dir, 'torre.db') });
    await migrate(source);
    const repos = createRepos(source);
    const services = createServices(source, repos);
    await ensureDefaultAdmin(repos.users);
    const tower = await services.towers.create({ name: 'T1', latitude: -10, longitude: -50 });
    // The child is created before its parent so it has the smaller id.
    const child = await services.devices.create({ name: 'child', host: '10.0.0.2', type: 'station', towerId: tower.id, snmp: { version: '2c', community: 'sec' } });
    const parent = await services.devices.create({ name: 'parent', host: '10.0.0.1', type: 'ap', towerId: tower.id, enabled: false });
    await services.devices.update(child.id, { parentId: parent.id });
    await services.towers.update(tower.id, { uplinkDeviceId: parent.id });
    // SNMP history over several interfaces and times: pages must walk the composite key.
    const ifRows = [1, 2, 3].flatMap((ifIndex) => Array.from({ length: 700 }, (_, i) => ({ device_id: child.id, if_index: ifIndex, t: 1_000_000 + i * 60, in_bps: i, out_bps: 2 * i, in_errors: 0, out_errors: 0, in_discards: 0, out_discards: 0 })));
    await repos.snmpHistory.insert(ifRows, []);
    await repos.snmpState.save(
      [{ deviceId: child.id, polledAt: 1_000_000_000, okAt: 1_000_000_000, error: null, errorSince: null, system: null, interfaces: [], wireless: [], clients: [], signalDbm: -61, ccqPercent: 88 }],
      [{ deviceId: child.id, at: 1_000_000_000, kind: 'reboot', ifIndex: null, detail: 'uptime 5 s' }],
    );

    // The move is always into the local PostgreSQL, whichever database the suite runs on.
    const pgTarget = await createTestDb('postgres');
    try {
      const counts = await copyDatabase(source, pgTarget.db);
      expect(counts).toMatchObject({ users: 1, sessions: 0, towers: 1, devices: 2, ping_samples: 0, interface_samples: 2100, snmp_state: 1, snmp_events: 1 });
      const last = await pgTarget.db.kysely.selectFrom('interface_samples').selectAll().orderBy('if_index', 'desc').orderBy('t', 'desc').executeTakeFirstOrThrow();
      expect([Number(last.if_index), last.t, last.out_bps]).toEqual([3, 1_000_000 + 699 * 60, 1398]);
      const pgRepos = createRepos(pgTarget.db);
      const copied = (await pgRepos.devices.list({ sort: 'name' })).items.map(presentDevice);
      const original = (await repos.devices.list({ sort: 'name' })).items.map(presentDevice);
      expect(copied).toEqual(original);
      expect(copied.find((d) => d.name === 'child')?.parentId).toBe(parent.id);
      const snmp = await pgTarget.db.kysely.selectFrom('devices').select('snmp').where('id', '=', child.id).executeTakeFirstOrThrow();
      expect(JSON.parse(snmp.snmp!).community).toBe('sec');
      const next = await createServices(pgTarget.db, pgRepos).devices.create({ name: 'new', host: '10.0.0.3', type: 'ap' });
      expect(next.id).toBe(3);
      await expect(copyDatabase(source, pgTarget.db)).rejects.toThrow(/not empty/);
    } finally {
      await pgTarget.cleanup();
      await source.close();
      fs.rmSync(dir, { recursive: true });
    }
  });
});
