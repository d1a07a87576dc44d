/**
 * npm run bench:inventory — the inventory at 50,000 devices: import time and list latency
 * through the whole HTTP stack, against the bare SQL query on the same database as baseline.
 * BENCH_DB=postgres runs it on the local PostgreSQL (TEST_DATABASE_URL).
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import { adminAuth, createTestApp } from '../src/test-support/test-app.js';
import type { DeviceListQuery } from '../src/http/routes/devices/schema.js';

const DEVICES = Number(process.env.BENCH_DEVICES ?? 50_000);
const TOWERS = 500;
const RUNS = 30;

const KIND = (process.env.BENCH_DB ?? 'sqlite') as 'sqlite' | 'postgres';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
async function time(fn: () => Promise<unknown>): Promise<number> {
  await fn(); // warm-up
  const xs: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await fn();
    xs.push(performance.now() - t0);
  }
  return median(xs);
}

const t = await createTestApp({}, KIND);
const admin = await adminAuth(t.app);
for (let i = 0; i < TOWERS; i++) {
  await t.app.inject({ method: 'POST', url: '/api/towers', headers: admin, payload: { name: `Torre ${i}`, code: `T${i}`, latitude: -20 - i / 100, longitude: -45 - i / 100 } });
}
const types = ['router', 'switch', 'ap', 'station', 'ptp', 'olt', 'server', 'other'];
const lines = ['name,host,type,tower,parent,tags'];
for (let i = 0; i < DEVICES; i++) {
  const host = `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
  const parent = i % 100 === 0 ? '' : `10.${((i - (i % 100)) >> 16) & 255}.${((i - (i % 100)) >> 8) & 255}.${(i - (i % 100)) & 255}`;
  lines.push(`Cliente ${i},${host},${types[i % types.length]},T${i % TOWERS},${parent},${i % 7 === 0 ? 'vip' : ''}`);
}
const csv = lines.join('\n');
const t0 = performance.now();
const imported = await t.app.inject({ method: 'POST', url: '/api/devices/import', headers: { ...admin, 'content-type': 'text/csv' }, payload: csv });
const importMs = performance.now() - t0;
if (imported.statusCode !== 200) throw new Error(imported.body.slice(0, 500));

const get = (url: string) => async () => {
  const r = await t.app.inject({ method: 'GET', url, headers: admin });
  if (r.statusCode !== 200) throw new Error(r.body);
};
const baseline = await time(() => sql`select * from devices order by name limit 50`.execute(t.db.kysely));
const cases: [string, string, DeviceListQuery][] = [
  ['first page (50, by name)', '/api/devices', {}],
  ['search q=cliente 4999', '/api/devices?q=cliente%204999', { q: 'cliente 4999' }],
  ['filter tower + type', '/api/devices?towerId=7&type=station', { towerId: 7, type: 'station' }],
  ['sort by tower, page 200', '/api/devices?sort=tower&limit=100&offset=20000', { sort: 'tower', limit: 100, offset: 20000 }],
  ['tag search q=vip', '/api/devices?q=vip', { q: 'vip' }],
];
console.log(`database: ${t.db.dialect}; devices: ${DEVICES}; towers: ${TOWERS}`);
console.log(`import ${DEVICES} rows (CSV, all or nothing): ${(importMs / 1000).toFixed(2)} s (${Math.round(DEVICES / (importMs / 1000))} rows/s)`);
console.log(`baseline: bare SQL "select * from devices order by name limit 50": ${baseline.toFixed(2)} ms`);
console.log('case: HTTP median (repository query alone, same database) over ' + RUNS + ' runs');
for (const [name, url, query] of cases) {
  const http = await time(get(url));
  const repo = await time(() => t.repos.devices.list(query));
  console.log(`GET ${name}: ${http.toFixed(2)} ms (query ${repo.toFixed(2)} ms; HTTP/query ${(http / repo).toFixed(2)}x)`);
}
await t.close();
