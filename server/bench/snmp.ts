/**
 * npm run bench:snmp -- [--devices 2000] [--interval 60] [--cycles 3] [--db sqlite|postgres] [--concurrency 100] [--sims 2]
 *
 * N simulated devices on loopback: Debian's snmpsimd (`sims` processes) answering on N addresses
 * (127.3.x.y:11170), each device a real recording from ../shared/fixtures/snmp in turn
 * (community = recording). First the simulator's own ceiling, measured alone: the bench
 * process polls every device once with the same prober and concurrency, no server. Then the
 * real built server (server/dist) polls them fully (system + interfaces + wireless) every
 * `interval` seconds; per cycle it prints wall time, devices polled and failed, server CPU
 * (per cycle, per device poll, and as % of one core over the interval), RSS and rows stored.
 * Every address is in 127.0.0.0/8.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { startBuiltServer } from '../src/test-support/built-server.js';
import { procCpu, procRssMb } from './proc.js';
import { sseEvents } from './sse.js';
import { startSnmpsim } from '../src/test-support/snmpsim.js';
import { snmpFixturesDir, snmpRecordings } from '../src/test-support/snmp-fixtures.js';
import { createSnmpProber } from '../src/probers/snmp/snmp-prober.js';
import { createResolver } from '../src/probers/resolver.js';

const { values: args } = parseArgs({
  options: {
    devices: { type: 'string', default: '2000' },
    interval: { type: 'string', default: '60' },
    cycles: { type: 'string', default: '3' },
    db: { type: 'string', default: 'sqlite' },
    concurrency: { type: 'string', default: '100' },
    sims: { type: 'string', default: '2' },
  },
});
const N = Number(args.devices);
const INTERVAL = Number(args.interval);
const CYCLES = Math.max(2, Number(args.cycles));
const DB = args.db === 'postgres' ? 'postgres' : 'sqlite';
const CONCURRENCY = Number(args.concurrency);
/** snmpsimd is one Python process: a few share the addresses so the simulator is not the ceiling. */
const SIMS = Math.max(1, Number(args.sims));
const PORT = 11170;
const TIMEOUT_MS = 5000;
const ROOT = path.resolve(import.meta.dirname, '../..');

const hostOf = (i: number) => `127.3.${Math.floor(i / 250)}.${(i % 250) + 1}`;
const fmt = (x: number, d = 2) => x.toFixed(d);

async function main() {
  if (!fs.existsSync(path.join(ROOT, 'server/dist/main.js'))) throw new Error('build first: npm run build');
  const recordings = snmpRecordings();
  const communityOf = (i: number) => recordings[i % recordings.length]!;
  const t0 = performance.now();
  const endpoints = Array.from({ length: N }, (_, i) => `${hostOf(i)}:${PORT}`);
  const sims = await Promise.all(
    Array.from({ length: SIMS }, (_, k) => startSnmpsim({ sourceDir: snmpFixturesDir(), endpoints: endpoints.filter((_, i) => i % SIMS === k), probeCommunity: recordings[0]! })),
  );
  const sim = { stop: () => Promise.all(sims.map((s) => s.stop())) };
  console.log(
    `simulator: ${SIMS} snmpsimd processes on ${N} loopback addresses, ${recordings.length} recordings (${recordings.join(', ')}), started in ${fmt((performance.now() - t0) / 1000, 1)} s`,
  );
  try {
    // The simulator's ceiling, alone: the same prober and concurrency, no server, no database.
    const probe = createSnmpProber({ resolve: createResolver() });
    const log = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} };
    const b0 = performance.now();
    let next = 0;
    let failed = 0;
    let requests = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < N) {
          const i = next++;
          const r = await probe({ id: i, host: hostOf(i) }, { timeoutMs: TIMEOUT_MS, retries: 1, settings: { version: '2c', community: communityOf(i), port: PORT } }, { log });
          requests += r.data.requests;
          if (!r.ok) failed++;
        }
      }),
    );
    const baseWall = (performance.now() - b0) / 1000;
    console.log(
      `baseline, simulator alone: ${N} full polls (${requests} SNMP requests) in ${fmt(baseWall)} s = ${fmt(N / baseWall, 0)} polls/s, ${fmt(requests / baseWall, 0)} requests/s, ${failed} failed (concurrency ${CONCURRENCY})`,
    );

    const server = await startBuiltServer({
      db: DB,
      prefix: 'torre_bench',
      inheritOutput: true,
      env: {
        MAP_TILE_URL: 'off',
        SNMP_INTERVAL_SECONDS: String(INTERVAL),
        SNMP_CONCURRENT_LIMIT: String(CONCURRENCY),
        SNMP_TIMEOUT_MS: String(TIMEOUT_MS),
        // ICMP stays on (it decides who is polled) but out of the way: one round an hour.
        PING_INTERVAL_SECONDS: '3600',
      },
    });
    try {
      const base = server.baseUrl;
      const login = (await (await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'admin@admin.com', password: 'admin' }) })).json()) as { token: string };
      const auth = { authorization: `Bearer ${login.token}` };
      await fetch(`${base}/api/auth/password`, { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ currentPassword: 'admin', newPassword: 'bench-password-1' }) });
      const csv = ['name,host,type,snmp_version,snmp_community,snmp_port', ...Array.from({ length: N }, (_, i) => `radio-${i},${hostOf(i)},ap,2c,${communityOf(i)},${PORT}`)].join('\n');
      const imp = await fetch(`${base}/api/devices/import`, { method: 'POST', headers: { ...auth, 'content-type': 'text/csv' }, body: csv });
      if (!imp.ok) throw new Error(`import failed: ${await imp.text()}`);
      console.log(`database: ${DB}; devices: ${N}; interval: ${INTERVAL} s; concurrency: ${CONCURRENCY}; timeout ${TIMEOUT_MS} ms`);
      console.log('cycle  wall(s)  polled  failed  skipped  server-cpu(s)  cpu-ms/device  cpu-%-of-one-core  rss(MB)  history-rows');

      const abort = new AbortController();
      const res = await fetch(`${base}/api/stream`, { headers: auth, signal: abort.signal });
      const cycles: { wall: number; polled: number; failed: number; cpu: number; rss: number; rows: number }[] = [];
      let lastCpu = procCpu(server.pid).self;
      let lastRows = 0;
      type CycleEvent = { durationMs: number; devices: number; polled: number; failed: number; skipped: number };
      for await (const data of sseEvents<CycleEvent>(res, 'snmp-cycle')) {
        if (data.devices !== N) continue;
        const cpuNow = procCpu(server.pid).self;
        const rows = await countRows(base, auth);
        const c = { wall: data.durationMs / 1000, polled: data.polled, failed: data.failed, cpu: cpuNow - lastCpu, rss: procRssMb(server.pid), rows: rows - lastRows };
        lastCpu = cpuNow;
        lastRows = rows;
        cycles.push(c);
        console.log(
          `${String(cycles.length).padStart(5)}  ${fmt(c.wall).padStart(7)}  ${String(c.polled).padStart(6)}  ${String(c.failed).padStart(6)}  ${String(data.skipped).padStart(7)}  ${fmt(c.cpu).padStart(13)}  ${fmt((c.cpu * 1000) / Math.max(1, c.polled)).padStart(13)}  ${fmt((c.cpu / INTERVAL) * 100, 1).padStart(17)}  ${fmt(c.rss, 0).padStart(7)}  ${String(c.rows).padStart(12)}`,
        );
        if (cycles.length >= CYCLES + 1) break;
      }
      abort.abort();
      // The first cycle carries start-up and import CPU and has no rates yet: steady state is the rest.
      const steady = cycles.slice(1);
      const avg = (f: (c: (typeof cycles)[number]) => number) => steady.reduce((a, c) => a + f(c), 0) / steady.length;
      const cpu = avg((c) => c.cpu);
      console.log(
        `steady cycles ${steady.length}: wall ${fmt(avg((c) => c.wall))} s avg (max ${fmt(Math.max(...steady.map((c) => c.wall)))} s, within the ${INTERVAL} s interval: ${steady.every((c) => c.wall < INTERVAL) ? 'yes' : 'NO'}); ` +
          `server CPU ${fmt(cpu)} s/cycle = ${fmt((cpu / INTERVAL) * 100, 1)} % of one core = ${fmt((cpu * 1000) / N)} ms per device poll; RSS max ${fmt(Math.max(...steady.map((c) => c.rss)), 0)} MB; ` +
          `dropped: ${steady.reduce((a, c) => a + (N - c.polled) + c.failed, 0)} polls`,
      );
      console.log(`ratio server cycle wall / simulator alone: ${fmt(avg((c) => c.wall) / baseWall)}x`);
    } finally {
      await server.stop();
    }
  } finally {
    await sim.stop();
  }
}

/** Interface and wireless rows stored so far, read through the metrics endpoint. */
async function countRows(base: string, auth: Record<string, string>): Promise<number> {
  const text = await (await fetch(`${base}/metrics`, { headers: auth })).text();
  const m = /^torre_snmp_history_rows_total (\d+)/m.exec(text);
  return m ? Number(m[1]) : 0;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
