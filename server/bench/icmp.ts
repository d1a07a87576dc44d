/**
 * npm run bench:icmp -- [--devices 20000] [--interval 10] [--rounds 6] [--db sqlite|postgres] [--concurrency 4] [--send-interval 0.05] [--cpu-prof DIR] [--node-flags='--openssl-legacy-provider …']
 *
 * Starts the real server (server/dist) on loopback with a fresh database, registers N
 * loopback devices through the bulk import API, watches at least `rounds` full rounds over
 * the live stream, and prints per round: wall time from round start to results stored,
 * server CPU (its own, split into its main thread and V8's helper threads, and its fping children's), RSS, rows written per second and the most
 * echo requests sent in any one second. Before the server starts it runs bare fping on the
 * same hosts three ways: with the plan the server uses, with the paced flags of the same
 * settings (one -i per process, `concurrency` processes), and with the fastest flags (one
 * process, -i 0). Then it prints CPU per check (one device pinged in one round) for each, the
 * ratios, the wire rate against the settings' allowance (concurrency × 1000 / send-interval
 * packets per second), bytes on disk per sample, the disk the default retention needs at N
 * devices, and the latency endpoint's time over 1 h, 24 h, 30 d and 365 d (rollups seeded).
 * `--cpu-prof DIR` writes a V8 CPU profile of the server there when it stops. `--node-flags`
 * replaces the flags Node runs the server with (server/node-flags, as scripts/start.sh uses).
 * Every address is in 127.0.0.0/8; the wire rate counts every echo request this host sends.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { openDatabase } from '../src/db/database.js';
import { createPingSamplesRepo, type RollupRow } from '../src/db/repos/ping-samples.js';
import { serverNodeFlags, startBuiltServer } from '../src/test-support/built-server.js';
import { fpingAcceptsBurst } from '../src/probers/icmp/fping-runner.js';
import { planFping, wireAllowancePps, type FpingPlan } from '../src/probers/icmp/fping-plan.js';
import { procCpu, procRssMb, procThreadsCpu } from './proc.js';
import { sseEvents } from './sse.js';
import { fastestPlan, runPlan, wireRateMeter } from './wire.js';

const { values: args } = parseArgs({
  options: {
    devices: { type: 'string', default: '20000' },
    interval: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '6' },
    db: { type: 'string', default: 'sqlite' },
    concurrency: { type: 'string', default: '4' },
    'send-interval': { type: 'string', default: '0.05' },
    'cpu-prof': { type: 'string' },
    'node-flags': { type: 'string' },
  },
});
const N = Number(args.devices);
const INTERVAL = Number(args.interval);
const ROUNDS = Math.max(6, Number(args.rounds));
const DB = args.db === 'postgres' ? 'postgres' : 'sqlite';
const CONCURRENCY = Number(args.concurrency);
const PING = { count: 3, timeoutMs: 500, periodMs: 200, sendIntervalMs: Number(args['send-interval']) };
const ROOT = path.resolve(import.meta.dirname, '../..');

const hostOf = (i: number) => `127.${1 + Math.floor(i / 62_500)}.${Math.floor((i % 62_500) / 250)}.${(i % 250) + 1}`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (x: number, d = 2) => x.toFixed(d);


async function main() {
  if (!fs.existsSync(path.join(ROOT, 'server/dist/main.js'))) throw new Error('build first: npm run build');
  const hosts = Array.from({ length: N }, (_, i) => hostOf(i));
  const serverPlan = planFping(N, PING, CONCURRENCY, await fpingAcceptsBurst('fping'));
  const bare = {
    server: await bareFping(hosts, serverPlan),
    paced: await bareFping(hosts, { kind: 'paced', batchSize: Math.ceil(N / CONCURRENCY), processes: CONCURRENCY, options: PING }),
    fastest: await bareFping(hosts, fastestPlan(PING, N)),
  };
  const meter = wireRateMeter();
  const server = await startBuiltServer({
    db: DB,
    prefix: 'torre_bench',
    inheritOutput: true,
    ...(args['node-flags'] !== undefined && { nodeArgs: args['node-flags'].split(' ').filter(Boolean) }),
    env: {
      MAP_TILE_URL: 'off',
      PING_INTERVAL_SECONDS: String(INTERVAL),
      PING_CONCURRENT_LIMIT: String(CONCURRENCY),
      PING_COUNT: String(PING.count),
      PING_TIMEOUT_MS: String(PING.timeoutMs),
      PING_PERIOD_MS: String(PING.periodMs),
      PING_SEND_INTERVAL_MS: String(PING.sendIntervalMs),
      ...(args['cpu-prof'] && {
        NODE_OPTIONS: `--import=${path.join(import.meta.dirname, 'cpu-prof-hook.mjs')}`,
        TORRE_CPU_PROF_DIR: path.resolve(args['cpu-prof']),
      }),
    },
  });
  const { pid, baseUrl: base, databaseUrl } = server;
  const serverDir = server.dataDir;
  try {
    // Sign in and register the devices through the API.
    const login = await (await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'admin@admin.com', password: 'admin' }) })).json() as { token: string };
    const auth = { authorization: `Bearer ${login.token}` };
    await fetch(`${base}/api/auth/password`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ currentPassword: 'admin', newPassword: 'bench-password-1' }) });
    const csv = ['name,host,type', ...Array.from({ length: N }, (_, i) => `dev-${i},${hostOf(i)},station`)].join('\n');
    const t0 = performance.now();
    const imp = await fetch(`${base}/api/devices/import`, { method: 'POST', headers: { ...auth, 'content-type': 'text/csv' }, body: csv });
    if (!imp.ok) throw new Error(`import failed: ${await imp.text()}`);
    console.log(`database: ${DB}; devices: ${N}; interval: ${INTERVAL} s; settings: -C ${PING.count} -t ${PING.timeoutMs} -p ${PING.periodMs} -i ${PING.sendIntervalMs}, ${CONCURRENCY} processes; wire allowance ${fmt(wireAllowancePps(PING, CONCURRENCY), 0)} packets/s`);
    console.log(`node flags: ${(args['node-flags']?.split(' ').filter(Boolean) ?? serverNodeFlags()).join(' ') || '(none)'}`);
    console.log(`server's fping plan: ${describePlan(serverPlan)}`);
    console.log(`registered ${N} devices through POST /api/devices/import in ${fmt((performance.now() - t0) / 1000)} s`);

    // Disk growth is measured from the end of the first round (when every device's first
    // status and event are written) to the end of the last: the steady state.
    let sizeBefore = 0;
    let samplesBefore = 0;

    // Watch full rounds on the live stream.
    const rounds: { durationMs: number; probeMs: number; storeMs: number; cpuSelf: number; cpuMain: number; cpuChildren: number; rssMb: number; overruns: number; pps: number }[] = [];
    const abort = new AbortController();
    const res = await fetch(`${base}/api/stream`, { headers: auth, signal: abort.signal });
    let last = procCpu(pid);
    let lastThreads = procThreadsCpu(pid);
    meter.reset();
    console.log('round  stored-in(s) (probe+store)  server-cpu(s)  fping-children-cpu(s)  cpu-%-of-one-core  rss(MB)  rows/s  overruns  wire-max(pkt/s)');
    for await (const data of sseEvents<{ durationMs: number; probeMs: number; storeMs: number; devices: number; overruns: number }>(res, 'round')) {
      if (data.devices !== N) continue;
      const now = procCpu(pid);
      const threads = procThreadsCpu(pid);
      const r = { durationMs: data.durationMs, probeMs: data.probeMs, storeMs: data.storeMs, cpuSelf: now.self - last.self, cpuMain: threads.main - lastThreads.main, cpuChildren: now.children - last.children, rssMb: procRssMb(pid), overruns: data.overruns, pps: meter.peak() };
      meter.reset();
      last = now;
      lastThreads = threads;
      rounds.push(r);
      if (rounds.length === 1) {
        sizeBefore = await dbSize(DB, serverDir, databaseUrl);
        samplesBefore = await countSamples(DB, serverDir, databaseUrl);
      }
      const rows = N / (r.durationMs / 1000);
      console.log(
        `${String(rounds.length).padStart(5)}  ${fmt(r.durationMs / 1000).padStart(12)} (${fmt(r.probeMs / 1000)}+${fmt(r.storeMs / 1000)})  ${fmt(r.cpuSelf).padStart(13)}  ${fmt(r.cpuChildren).padStart(21)}  ${fmt(((r.cpuSelf + r.cpuChildren) / INTERVAL) * 100, 1).padStart(17)}  ${fmt(r.rssMb, 0).padStart(7)}  ${fmt(rows, 0).padStart(6)}  ${String(r.overruns).padStart(8)}  ${fmt(r.pps, 0).padStart(15)}`,
      );
      if (rounds.length >= ROUNDS + 1) break;
    }
    abort.abort();
    meter.stop();
    // The first watched round includes the CPU spent before it (import, warm-up): leave it out of the averages.
    const steady = rounds.slice(1);
    const avg = (f: (r: (typeof rounds)[number]) => number) => steady.reduce((a, r) => a + f(r), 0) / steady.length;
    const serverCpu = avg((r) => r.cpuSelf + r.cpuChildren);
    console.log(
      `steady rounds ${steady.length}: stored in ${fmt(avg((r) => r.durationMs) / 1000)} s avg (probe ${fmt(avg((r) => r.probeMs) / 1000)} s + store ${fmt(avg((r) => r.storeMs) / 1000)} s; max ${fmt(Math.max(...steady.map((r) => r.durationMs)) / 1000)} s); server CPU ${fmt(serverCpu)} s/round = ${fmt((serverCpu / INTERVAL) * 100, 1)} % of one core (Node ${fmt(avg((r) => r.cpuSelf))} s + fping ${fmt(avg((r) => r.cpuChildren))} s); RSS max ${fmt(Math.max(...steady.map((r) => r.rssMb)), 0)} MB; overruns ${rounds[rounds.length - 1]!.overruns}`,
    );

    const perCheck = (cpuSeconds: number) => fmt((cpuSeconds / N) * 1000, 3);
    const node = avg((r) => r.cpuSelf);
    const fping = avg((r) => r.cpuChildren);
    console.log(`CPU per check (ms): server ${perCheck(serverCpu)} = Node ${perCheck(node)} (main thread ${perCheck(avg((r) => r.cpuMain))}, other threads ${perCheck(node - avg((r) => r.cpuMain))}) + fping children ${perCheck(fping)}; RSS per round max ${fmt(Math.max(...steady.map((r) => r.rssMb)), 0)} MB (min ${fmt(Math.min(...steady.map((r) => r.rssMb)), 0)} MB)`);
    for (const [label, b] of [
      ['the server\'s plan', bare.server],
      [`paced flags (-i ${PING.sendIntervalMs})`, bare.paced],
      ['fastest flags (-i 0, 1 process)', bare.fastest],
    ] as const) {
      console.log(
        `bare fping, ${label}, ${b.processes} processes: ${perCheck(b.cpu)} ms per check (CPU ${fmt(b.cpu)} s, wall ${fmt(b.wall)} s, wire max ${fmt(b.pps, 0)} pkt/s; median of 3); server / bare: ${fmt(serverCpu / b.cpu)}x`,
      );
    }
    console.log(`wire: max ${fmt(Math.max(...steady.map((r) => r.pps)), 0)} echo requests in any second over the steady rounds; allowance ${fmt(wireAllowancePps(PING, CONCURRENCY), 0)}`);

    // Disk.
    const samplesAfter = await countSamples(DB, serverDir, databaseUrl);
    const written = samplesAfter - samplesBefore;
    const sizeAfter = await dbSize(DB, serverDir, databaseUrl);
    const perSample = (sizeAfter - sizeBefore) / written;
    const tableBytes = await tableSize(DB, serverDir, databaseUrl, 'ping_samples');
    const perSampleTable = tableBytes / samplesAfter;
    console.log(`disk: ${written} samples written; database grew ${fmt((sizeAfter - sizeBefore) / 1e6)} MB = ${fmt(perSample, 1)} bytes/sample; ping_samples (table + indexes) ${fmt(perSampleTable, 1)} bytes/sample`);

    // Seed rollups for one device and time the latency endpoint.
    const seeded = await seedRollups(DB, serverDir, databaseUrl);
    const rollupBytes = seeded.bytesPerRow;
    const rawRows = N * ((48 * 3600) / INTERVAL);
    const m5Rows = N * 30 * 288;
    const h1Rows = N * 400 * 24;
    const total = rawRows * perSampleTable + (m5Rows + h1Rows) * rollupBytes;
    console.log(
      `default retention at ${N} devices: raw 48 h ${fmt((rawRows * perSampleTable) / 1e9)} GB + 5-min 30 d ${fmt((m5Rows * rollupBytes) / 1e9)} GB + hourly 400 d ${fmt((h1Rows * rollupBytes) / 1e9)} GB = ${fmt(total / 1e9)} GB (rollup row ${fmt(rollupBytes, 1)} bytes)`,
    );
    for (const [label, seconds] of [['1 h', 3600], ['24 h', 86_400], ['30 d', 30 * 86_400], ['365 d', 365 * 86_400]] as const) {
      const to = new Date();
      const from = new Date(to.getTime() - seconds * 1000);
      const url = `${base}/api/devices/1/latency?from=${from.toISOString()}&to=${to.toISOString()}`;
      const times: number[] = [];
      let body: { tier: string; points: unknown[] } = { tier: '', points: [] };
      for (let i = 0; i < 21; i++) {
        const s = performance.now();
        body = (await (await fetch(url, { headers: auth })).json()) as typeof body;
        times.push(performance.now() - s);
      }
      console.log(`GET /api/devices/1/latency ${label}: median ${fmt(median(times))} ms, max ${fmt(Math.max(...times))} ms (tier ${body.tier}, ${body.points.length} points)`);
    }
  } finally {
    await server.stop();
  }
}

/** Bare fping on the same hosts, as `plan` says, run while nothing else runs: median of 3 by CPU. */
async function bareFping(hosts: string[], plan: FpingPlan): Promise<{ wall: number; cpu: number; processes: number; pps: number }> {
  const meter = wireRateMeter();
  const runs: { wall: number; cpu: number; processes: number; pps: number }[] = [];
  try {
    for (let rep = 0; rep < 3; rep++) {
      meter.reset();
      const r = await runPlan(hosts, plan);
      await new Promise((resolve) => setTimeout(resolve, 50)); // one more counter sample
      runs.push({ ...r, pps: meter.peak() });
    }
  } finally {
    meter.stop();
  }
  return runs.sort((a, b) => a.cpu - b.cpu)[1]!;
}

function describePlan(p: FpingPlan): string {
  const o = p.options;
  const flags = `-C ${o.count} -q -t ${o.timeoutMs} -p ${o.periodMs} -i ${o.sendIntervalMs} -r 0`;
  return p.kind === 'burst'
    ? `bursts: fping ${flags} over ${p.chunk} addresses at a time, one run every ${p.spacingMs} ms`
    : `paced: fping ${flags}, ${p.processes} at a time, ${p.batchSize} addresses each`;
}

function dbFor(db: string, dataDir: string, url?: string) {
  return db === 'postgres' ? openDatabase({ kind: 'postgres', url: url! }) : openDatabase({ kind: 'sqlite', file: path.join(dataDir, 'torre.db') });
}

async function dbSize(db: string, dataDir: string, url?: string): Promise<number> {
  const d = dbFor(db, dataDir, url);
  try {
    if (db === 'postgres') return Number((await sql<{ s: string }>`select pg_database_size(current_database()) as s`.execute(d.kysely)).rows[0]!.s);
    await sql`pragma wal_checkpoint(TRUNCATE)`.execute(d.kysely);
    return fs.statSync(path.join(dataDir, 'torre.db')).size;
  } finally {
    await d.close();
  }
}

async function tableSize(db: string, dataDir: string, url: string | undefined, table: string): Promise<number> {
  const d = dbFor(db, dataDir, url);
  try {
    if (db === 'postgres') return Number((await sql<{ s: string }>`select pg_total_relation_size(${table}) as s`.execute(d.kysely)).rows[0]!.s);
    return Number((await sql<{ s: number }>`select sum(pgsize) as s from dbstat where name = ${table}`.execute(d.kysely)).rows[0]!.s);
  } finally {
    await d.close();
  }
}

async function countSamples(db: string, dataDir: string, url?: string): Promise<number> {
  const d = dbFor(db, dataDir, url);
  try {
    return Number((await d.kysely.selectFrom('ping_samples').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  } finally {
    await d.close();
  }
}

/** 30 days of 5-minute and 365 days of hourly rollups for device 1; returns bytes per rollup row. */
async function seedRollups(db: string, dataDir: string, url?: string): Promise<{ bytesPerRow: number }> {
  const d = dbFor(db, dataDir, url);
  try {
    const repo = createPingSamplesRepo(d.kysely, d.dialect);
    const now = Math.floor(Date.now() / 1000);
    const row = (t: number): RollupRow => ({ device_id: 1, t, rounds: 30, rtt_avg: 2000 + (t % 977), rtt_min: 1500, rtt_max: 9000, rtt_p95: 4000, sent: 90, lost: t % 7 === 0 ? 3 : 0 });
    const m5: RollupRow[] = [];
    for (let t = Math.floor((now - 30 * 86_400) / 300) * 300; t < now; t += 300) m5.push(row(t));
    const h1: RollupRow[] = [];
    for (let t = Math.floor((now - 365 * 86_400) / 3600) * 3600; t < now; t += 3600) h1.push(row(t));
    for (let i = 0; i < m5.length; i += 2000) await repo.upsertRollups('ping_rollup_5m', m5.slice(i, i + 2000));
    for (let i = 0; i < h1.length; i += 2000) await repo.upsertRollups('ping_rollup_1h', h1.slice(i, i + 2000));
    const bytes = db === 'postgres'
      ? Number((await sql<{ s: string }>`select pg_total_relation_size('ping_rollup_1h') as s`.execute(d.kysely)).rows[0]!.s)
      : Number((await sql<{ s: number }>`select sum(pgsize) as s from dbstat where name = 'ping_rollup_1h'`.execute(d.kysely)).rows[0]!.s);
    const n = Number((await d.kysely.selectFrom('ping_rollup_1h').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    return { bytesPerRow: bytes / n };
  } finally {
    await d.close();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
