/**
 * npm run bench:links — GET /api/links at 500 towers, 1,500 links and 20,000 devices: the time
 * to derive the link set from an inventory snapshot (the pure graph walk, then with the names
 * read from the database, as after each inventory change), and to serve the list (status,
 * maintenance and SNMP figures of every link, from memory) through the whole HTTP stack.
 * The link devices get two polls' worth of SNMP state (a radio and three interfaces each)
 * through the real SNMP monitor, so every link has capacity, traffic and signal.
 * BENCH_DB=postgres runs it on the local PostgreSQL (TEST_DATABASE_URL).
 */
import { performance } from 'node:perf_hooks';
import { adminAuth, createTestApp } from '../src/test-support/test-app.js';
import { deriveLinks } from '../src/inventory/links.js';
import { createLinksView } from '../src/monitoring/links/links-view.js';
import { createNamesRepo } from '../src/db/repos/names.js';
import type { SnmpReading } from '../src/probers/snmp/model.js';
import type { PolledDevice } from '../src/monitoring/snmp/snmp-monitor.js';

const TOWERS = 500;
const PER_TOWER = 40;
const RUNS = 30;
const KIND = (process.env.BENCH_DB ?? 'sqlite') as 'sqlite' | 'postgres';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
async function time(fn: () => unknown): Promise<number> {
  await fn(); // warm-up
  const xs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    xs.push(performance.now() - t0);
  }
  return median(xs);
}

const t = await createTestApp({ SNMP_INTERVAL_SECONDS: '60' }, KIND);
const admin = await adminAuth(t.app);
const towerIds: number[] = [];
for (let i = 0; i < TOWERS; i++) {
  const r = await t.app.inject({ method: 'POST', url: '/api/towers', headers: admin, payload: { name: `Torre ${i}`, code: `T${i}`, latitude: -20 - i / 100, longitude: -45 - i / 100 } });
  towerIds.push(r.json().id);
}
/**
 * Per tower: radio 1 (the tower's uplink) hangs off radio 10 of its parent tower in a tree three
 * wide (six towers deep); radios 2 and 3 off radios 11 and 12 of towers further on (rings);
 * radios 10–12 and a router hang off radio 1; 33 access points and stations hang off the
 * router. 3 links per tower but the first. BENCH_CHAIN=1 puts the towers in one chain instead
 * (500 deep: the worst case for the maintenance lookup, which walks each end's ancestors).
 */
const CHAIN = process.env.BENCH_CHAIN === '1';
const parentTower = (i: number) => (CHAIN ? i - 1 : Math.floor((i - 1) / 3));
const host = (t: number, k: number) => `10.${t >> 8}.${t & 255}.${k}`;
const lines = ['name,host,type,tower,parent'];
for (let i = 0; i < TOWERS; i++) {
  const row = (k: number, type: string, parent: string) => lines.push(`D${i}-${k},${host(i, k)},${type},T${i},${parent}`);
  row(1, 'ptp', i === 0 ? '' : host(parentTower(i), 10));
  row(2, 'ptp', host((i + 7) % TOWERS, 11));
  row(3, 'ptp', host((i + 13) % TOWERS, 12));
  for (const k of [10, 11, 12]) row(k, 'ptp', host(i, 1));
  row(4, 'router', host(i, 1));
  for (let k = 20; k < 20 + PER_TOWER - 7; k++) row(k, k % 4 === 0 ? 'ap' : 'station', host(i, 4));
}
const t0 = performance.now();
const step = (what: string) => console.error(`${((performance.now() - t0) / 1000).toFixed(1)} s: ${what}`);
step('towers created');
const imported = await t.app.inject({ method: 'POST', url: '/api/devices/import', headers: { ...admin, 'content-type': 'text/csv' }, payload: lines.join('\n') });
if (imported.statusCode !== 200) throw new Error(imported.body.slice(0, 500));
step('devices imported');
const snap = await t.services.inventory.get();
const idOf = new Map(snap.devices.map((d) => [d.host, d.id]));
// Straight into the table: 500 PATCHes (each checking the whole graph for cycles) are not what is measured.
await t.db.kysely.transaction().execute(async (tx) => {
  for (let i = 0; i < TOWERS; i++) await tx.updateTable('towers').set({ uplink_device_id: idOf.get(host(i, 1))! }).where('id', '=', towerIds[i]!).execute();
});
t.services.inventory.invalidate();

step('uplinks set');
const types = new Map((await t.services.inventory.get()).devices.map((d) => [d.id, d.type]));
const graph = (await t.services.inventory.get()).graph;
const links = deriveLinks(graph, (id) => types.get(id));

// Two polls of every link device, 60 s apart, through the real SNMP monitor (and its storage).
const reading = (n: number): SnmpReading => ({
  system: { sysName: 'af', sysDescr: null, sysObjectId: null, uptimeSeconds: 1000 + n * 60, vendor: 'Ubiquiti', platform: 'airFiber', model: null, firmware: null, serial: null },
  interfaces: [1, 2, 3].map((ifIndex) => ({
    ifIndex,
    name: ['lo', 'eth0', 'air0'][ifIndex - 1]!,
    alias: null,
    descr: null,
    type: ifIndex === 1 ? 24 : 6,
    adminStatus: 'up',
    operStatus: 'up',
    speedBps: 1e9,
    inOctets: BigInt(n * 60 * 5_000_000 * ifIndex),
    outOctets: BigInt(n * 60 * 2_500_000 * ifIndex),
    counterBits: 64,
    inErrors: 0,
    outErrors: 0,
    inDiscards: 0,
    outDiscards: 0,
  })),
  wireless: [{ ifIndex: null, mode: 'ptp', ssid: 'bh', frequencyMhz: 5800, channelWidthMhz: 80, signalDbm: -55, noiseDbm: -95, snrDb: 40, ccqPercent: null, txRateBps: 650e6, rxRateBps: 650e6, clients: null, distanceMeters: 5000, txPowerDbm: 20 }],
  clients: [],
});
const now = Date.now();
for (const n of [0, 1]) {
  const batch: PolledDevice[] = links.map((l) => ({ deviceId: l.deviceId, result: { ok: true, reason: null, data: { reading: reading(n), polledAt: now - (1 - n) * 60_000, durationMs: 10, requests: 3 } } }));
  await t.monitoring.snmp.monitor.ingest(batch);
}

step('SNMP states ingested');
const pure = await time(() => deriveLinks(graph, (id) => types.get(id)));
const viewDeps: Parameters<typeof createLinksView>[0] = {
  inventory: t.services.inventory,
  names: createNamesRepo(t.db.kysely),
  snmp: (id) => t.monitoring.snmp.monitor.get(id),
  status: (id) => t.monitoring.monitor.state(id)?.status,
  maintenance: (ids) => t.alerting.maintenance.coveredIds(ids),
  staleAfterMs: 150_000,
  // Looked up on every call here, to measure it; the route keeps it 30 s.
  maintenanceTtlMs: 0,
  onMaintenanceChange: () => {},
};
const view = createLinksView(viewDeps);
// A fresh snapshot each run, as after an inventory write: the snapshot alone, then with the links.
const reload = await time(async () => {
  t.services.inventory.invalidate();
  await t.services.inventory.get();
});
// A view of its own each run: the link set and its names derived again over the same snapshot.
const derive = await time(() => createLinksView(viewDeps).current());
await view.list();
const listMs = await time(() => view.list());
const noWindows = createLinksView({ ...viewDeps, maintenance: async () => new Set<number>() });
await noWindows.list();
const listNoMaintenanceMs = await time(() => noWindows.list());
// What the route does: the maintenance lookup kept between calls.
const kept = createLinksView({ ...viewDeps, maintenanceTtlMs: 30_000 });
await kept.list();
const listKeptMs = await time(() => kept.list());
const serve = await time(async () => {
  const r = await t.app.inject({ method: 'GET', url: '/api/links', headers: admin });
  if (r.statusCode !== 200) throw new Error(r.body.slice(0, 500));
});
const sample = (await t.app.inject({ method: 'GET', url: '/api/links', headers: admin })).json();
const withFigures = (sample.items as { utilisationPercent: number | null }[]).filter((l) => l.utilisationPercent !== null).length;
const bytes = (await t.app.inject({ method: 'GET', url: '/api/links', headers: admin })).body.length;

console.log(`database: ${t.db.dialect}; topology: ${CHAIN ? 'one chain' : 'tree'}; towers: ${TOWERS}; devices: ${snap.devices.length}; links: ${links.length} (${withFigures} with SNMP figures)`);
console.log(`derive the link set (graph walk only):              ${pure.toFixed(2)} ms`);
console.log(`derive with the names from the database:              ${derive.toFixed(2)} ms (after an inventory change, once; the snapshot's own reload is ${reload.toFixed(2)} ms)`);
console.log(`list with status and figures (in memory):           ${listMs.toFixed(2)} ms, of which the maintenance lookup ${(listMs - listNoMaintenanceMs).toFixed(2)} ms; ${listKeptMs.toFixed(2)} ms with it kept, as the route does`);
console.log(`GET /api/links through HTTP (${Math.round(bytes / 1024)} KiB JSON):            ${serve.toFixed(2)} ms`);
console.log(`(medians of ${RUNS} runs)`);
await t.close();
