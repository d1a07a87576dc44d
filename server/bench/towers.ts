/**
 * npm run bench:towers — the tower status recompute at 500 towers and 20,000 devices, in memory
 * (the tracker's own work, without the database): a full pass (start-up, an inventory change),
 * a round where 1 % of the devices changed status, and a round where none did. Each figure is
 * the median of 50 runs. The baseline, measured in the same run: the status machine's own pass
 * over the same devices (advance, settle, unreachable), the smallest part of a real round, which
 * also waits for fping and writes to the database; the ratio printed is therefore an upper bound
 * of the extra round time.
 */
import { performance } from 'node:perf_hooks';
import type { InventorySnapshot, MonitoredDevice } from '../src/inventory/snapshot.js';
import { effectiveParent, type DependencyGraph } from '../src/inventory/dependencies.js';
import { createEventBus } from '../src/monitoring/event-bus.js';
import { createMaintenanceGate } from '../src/alerting/maintenance-gate.js';
import { createTowerTracker } from '../src/monitoring/towers/tower-tracker.js';
import { advance, initialState, resolveUnreachable, settle, type DeviceState, type Status } from '../src/monitoring/status-machine.js';
import type { DeviceType } from '../src/inventory/roles.js';

const TOWERS = Number(process.env.BENCH_TOWERS ?? 500);
const DEVICES = Number(process.env.BENCH_DEVICES ?? 20_000);
const RUNS = 50;
const perTower = Math.floor(DEVICES / TOWERS);

function snapshot(): InventorySnapshot {
  const devices: MonitoredDevice[] = [];
  const graph: DependencyGraph = { devices: new Map(), uplinks: new Map() };
  let id = 1;
  for (let t = 1; t <= TOWERS; t++) {
    const uplink = id;
    graph.uplinks.set(t, uplink);
    // A router, a PtP back to the parent tower, four APs; the rest are stations under the APs.
    for (let k = 0; k < perTower; k++, id++) {
      const type: DeviceType = k === 0 ? 'router' : k === 1 ? 'ptp' : k < 6 ? 'ap' : 'station';
      devices.push({ id, name: `D-${t}-${k}`, host: `10.${t >> 8}.${t & 255}.${k}`, type, enabled: true, latencyThresholdMs: null, snmp: null });
      graph.devices.set(id, { parentId: type === 'station' ? uplink + 2 + (k % 4) : null, towerId: t });
    }
  }
  return { devices, graph, parentOf: (d) => effectiveParent(graph, d) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

let snap = snapshot();
const statuses = new Map<number, Status>(snap.devices.map((d) => [d.id, 'up']));
const bus = createEventBus();
const inventory = { get: async () => snap, onInvalidate: () => () => {} };
const tracker = createTowerTracker({
  repo: { latest: async () => [], save: async () => {} },
  inventory,
  status: (id) => statuses.get(id),
  maintenance: createMaintenanceGate({ repo: { list: async () => [] }, inventory }),
  bus,
  customersDegradedPercent: 30,
  language: 'en',
  log: { error: (o) => console.error(o) },
});
await tracker.start();

async function measure(prepare: () => void): Promise<number> {
  const xs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    prepare();
    const t0 = performance.now();
    await tracker.update(Date.now());
    xs.push(performance.now() - t0);
  }
  return median(xs);
}

const full = await measure(() => {
  snap = { ...snap }; // a new snapshot object: what an inventory write leaves behind
});
let flip = 0;
const ids = snap.devices.map((d) => d.id);
const onePercent = await measure(() => {
  // 1 % of the devices change status, spread over the network.
  const next: Status = flip++ % 2 === 0 ? 'down' : 'up';
  for (let i = 0; i < ids.length; i += 100) {
    statuses.set(ids[i]!, next);
    bus.emit('status.changed', { deviceId: ids[i]!, from: next === 'down' ? 'up' : 'down', to: next, at: Date.now(), reason: null });
  }
});
const quiet = await measure(() => {});
await tracker.stop();

// Baseline: one round of the status machine over every device, 1 % of them not answering.
const rules = { downAfter: 2, upAfter: 1, lossDegradedPercent: 20, flapChanges: 5, flapWindowMs: 600_000 };
const states = new Map<number, DeviceState>(snap.devices.map((d) => [d.id, initialState('up')]));
let round = 0;
const machineTimes: number[] = [];
for (let r = 0; r < RUNS; r++) {
  round++;
  const t0 = performance.now();
  const candidates = new Map<number, Status>();
  for (const device of snap.devices) {
    const silent = (device.id + round) % 100 === 0;
    const obs = silent ? { ok: false, lossPercent: 100, rttAvg: null, reason: 'timeout' } : { ok: true, lossPercent: 0, rttAvg: 1 + (device.id % 7), reason: null };
    const stepped = advance(states.get(device.id)!, obs, rules, 50);
    candidates.set(device.id, stepped.candidate);
    states.set(device.id, stepped.state);
  }
  const resolved = resolveUnreachable(candidates, (id) => snap.parentOf(id), (id) => states.get(id)?.status);
  for (const [id, status] of resolved) states.set(id, settle(states.get(id)!, status, Date.now(), rules).state);
  machineTimes.push(performance.now() - t0);
}
const machine = median(machineTimes);
const pct = (x: number) => `${((100 * x) / machine).toFixed(1)} %`;

console.log(`tower status, ${TOWERS} towers / ${snap.devices.length} devices (median of ${RUNS}):`);
console.log(`  full recompute (start-up, inventory change): ${full.toFixed(2)} ms`);
console.log(`  round with 1 % of devices changed:            ${onePercent.toFixed(2)} ms`);
console.log(`  round with no change (maintenance check):     ${quiet.toFixed(2)} ms`);
console.log(`baseline, same run: the status machine's pass over the ${snap.devices.length} devices: ${machine.toFixed(2)} ms`);
console.log(`  extra round time, upper bound (target ≤ 10 %): ${pct(onePercent)} with 1 % changed, ${pct(quiet)} with none, ${pct(full)} for a full recompute`);
