/**
 * npm run bench:web — the operator's pages at scale in Chromium: 20,000 devices, 500 towers,
 * 1,500 links and 300 open alerts (web-seed.ts, written straight into the tables), the built
 * server with MONITORING=off (nothing is pinged: the seeded statuses stay as written, and fping
 * load does not swamp the figures; every device is on 127.85.0.0/16 and up anyway).
 *
 * For each page: from navigation start to its data on screen (every selector in PAGES matches,
 * then two animation frames), cold (a fresh browser context: empty HTTP cache, no service
 * worker) and warm (the same context, a second visit), `--runs` times each; the median, the
 * worst, and the goal (< 500 ms cold, < 300 ms warm); where a cold visit's time went (the app's
 * boot until its first API call, the last API response). Beside it, a baseline: the page's own API
 * calls (those the cold visit made before its data showed) fetched with plain fetch, in
 * parallel as the page makes them, so the share of the browser is visible. BENCH_CALLS=1 lists
 * each page's calls and the slowest of them.
 * Figures, not a pass/fail test. `--db postgres` runs on the local PostgreSQL (TEST_DATABASE_URL).
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { startBuiltServer } from '../../server/src/test-support/built-server.js';
import { CHROMIUM_ARGS } from '../support/browser.js';
import { signInFirstTime } from '../support/sign-in.js';
import { seedWeb, type WebSeed } from './web-seed.js';

/**
 * What "data visible" means on each page: every selector matches. Only data-testids (or map
 * classes) that render with data, never with a spinner or an empty list. Other work changes
 * these pages: update the selectors here.
 */
const PAGES: { name: string; path: (seed: WebSeed) => string; ready: string[] }[] = [
  { name: 'dashboard', path: () => '/', ready: ['[data-testid="incident-row"]', '[data-testid^="event-row-"]', '[data-testid="summary-down"][data-count]'] },
  { name: 'equipment list', path: () => '/equipment', ready: ['[data-testid^="device-row-"], [data-testid^="device-card-"]'] },
  { name: 'alerts', path: () => '/alerts', ready: ['[data-testid^="alert-row-"]'] },
  { name: 'tower page', path: (seed) => `/towers/${seed.busyTower}`, ready: ['[data-testid="tower-summary"]', '[data-testid^="tree-device-"]'] },
  { name: 'map', path: () => '/map', ready: ['[data-testid="map"]:not([data-links="0"])', '.tower-marker', 'canvas.leaflet-zoom-animated'] },
];
const GOAL = { cold: 500, warm: 300 };

const { values: args } = parseArgs({
  options: {
    devices: { type: 'string', default: '20000' },
    towers: { type: 'string', default: '500' },
    links: { type: 'string', default: '1500' },
    alerts: { type: 'string', default: '300' },
    runs: { type: 'string', default: '5' },
    db: { type: 'string', default: 'sqlite' },
    width: { type: 'string', default: '1440' },
    height: { type: 'string', default: '900' },
  },
});
const RUNS = Number(args.runs);
const TIMEOUT_MS = 30_000;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => (Number.isFinite(x) ? `${Math.round(x)} ms` : '—');
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

/** One visit: navigation start → every ready selector matches → two frames later (painted). */
async function visit(context: BrowserContext, url: string, ready: string[]): Promise<{ ms: number; firstCall: number; lastResponse: number; api: string[] }> {
  const page = context.pages()[0] ?? (await context.newPage());
  const api: string[] = [];
  let visible = false;
  const hear = (r: { url(): string; method(): string; resourceType(): string }) => {
    const u = new URL(r.url());
    // The live stream never ends: it is no part of a page's data.
    if (!visible && u.pathname.startsWith('/api/') && r.method() === 'GET' && r.resourceType() !== 'eventsource') api.push(u.pathname + u.search);
  };
  page.on('request', hear);
  try {
    await page.goto(url);
    await page.waitForFunction((selectors) => selectors.every((s) => document.querySelector(s) !== null), ready, { polling: 'raf', timeout: TIMEOUT_MS });
    visible = true;
    const at = await page.evaluate(
      () =>
        new Promise<{ painted: number; firstCall: number; lastResponse: number }>((resolve) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              const calls = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter((e) => {
                const path = new URL(e.name).pathname;
                return path.startsWith('/api/') && path !== '/api/stream' && e.responseEnd > 0;
              });
              resolve({
                painted: performance.now(),
                firstCall: Math.min(...calls.map((e) => e.startTime)),
                lastResponse: Math.max(...calls.map((e) => e.responseEnd)),
              });
            }),
          ),
        ),
    );
    return { ms: at.painted, firstCall: at.firstCall, lastResponse: at.lastResponse, api };
  } finally {
    page.off('request', hear);
  }
}

/** The same API calls with plain fetch and the session cookie, all at once as the page makes them. */
async function fetchApi(baseUrl: string, cookie: string, paths: string[]): Promise<{ total: number; each: Map<string, number> }> {
  const start = performance.now();
  const each = new Map<string, number>();
  await Promise.all(
    paths.map(async (p) => {
      const res = await fetch(baseUrl + p, { headers: { cookie } });
      const body = await res.text();
      if (!res.ok) throw new Error(`GET ${p}: ${res.status} ${body.slice(0, 200)}`);
      each.set(p, performance.now() - start);
    }),
  );
  return { total: performance.now() - start, each };
}

const loadStart = load();
const seedStart = performance.now();
let seed: WebSeed | undefined;
const server = await startBuiltServer({
  db: args.db === 'postgres' ? 'postgres' : 'sqlite',
  prefix: 'torre_bench_web',
  env: { MONITORING: 'off', MAP_TILE_URL: 'off' },
  startTimeoutMs: 120_000,
  prepare: async (db) => {
    seed = await seedWeb(db, { towers: Number(args.towers), links: Number(args.links), devices: Number(args.devices), alerts: Number(args.alerts) });
  },
});
const seedSeconds = (performance.now() - seedStart) / 1000;
let browser: Browser | undefined;
try {
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  const contextOptions = { viewport: { width: Number(args.width), height: Number(args.height) }, locale: 'pt-BR' };
  const first = await browser.newContext(contextOptions);
  await signInFirstTime(await first.newPage(), server.baseUrl, 'senha-do-benchmark-1');
  const storageState = await first.storageState();
  await first.close();
  const cookie = storageState.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const s = seed!;
  console.log(
    `web bench: ${s.devices} devices, ${s.towers} towers, ${s.links} links, ${s.alerts} open alerts; ${args.db}; MONITORING=off (no probing); viewport ${args.width}×${args.height}; ${RUNS} runs each; seeded and started in ${seedSeconds.toFixed(0)} s`,
  );
  console.log(`load average at start (1, 5, 15 min): ${loadStart}`);

  const rows: string[][] = [];
  for (const spec of PAGES) {
    const url = server.baseUrl + spec.path(s);
    const cold: number[] = [];
    const warm: number[] = [];
    const api: number[] = [];
    const firstCall: number[] = [];
    const lastResponse: number[] = [];
    let calls: string[] = [];
    let slowest: [string, number][] = [];
    let failure: string | null = null;
    for (let run = 0; run < RUNS && !failure; run++) {
      const context = await browser.newContext({ ...contextOptions, storageState });
      try {
        const c = await visit(context, url, spec.ready);
        cold.push(c.ms);
        firstCall.push(c.firstCall);
        lastResponse.push(c.lastResponse);
        calls = c.api;
        warm.push((await visit(context, url, spec.ready)).ms);
        const fetched = await fetchApi(server.baseUrl, cookie, calls);
        api.push(fetched.total);
        slowest = [...fetched.each].sort((a, b) => b[1] - a[1]).slice(0, 3);
      } catch (e) {
        failure = e instanceof Error ? e.message.split('\n')[0]! : String(e);
      } finally {
        await context.close();
      }
    }
    if (failure) {
      rows.push([spec.name, '—', '—', '—', '—', '—', '—', `FAIL: no data visible (${spec.ready.join(' + ')}): ${failure}`]);
      continue;
    }
    const coldMedian = median(cold);
    const warmMedian = median(warm);
    const apiMedian = median(api);
    const pass = coldMedian < GOAL.cold && warmMedian < GOAL.warm;
    rows.push([
      spec.name,
      ms(coldMedian),
      ms(warmMedian),
      `${ms(Math.max(...cold))} / ${ms(Math.max(...warm))}`,
      `${ms(median(firstCall))} / ${ms(median(lastResponse))}`,
      `${ms(apiMedian)} (${calls.length} calls)`,
      `${(coldMedian / apiMedian).toFixed(1)}×`,
      pass ? 'pass' : 'FAIL',
    ]);
    if (process.env.BENCH_CALLS) {
      const listed = calls.length > 12 ? [...calls.slice(0, 12), `… ${calls.length - 12} more`] : calls;
      console.log(`  ${spec.name}: ${listed.join(', ')}; by fetch, the last to finish: ${slowest.map(([p, t]) => `${p} ${ms(t)}`).join(', ')}`);
    }
  }
  const header = ['page', 'cold median', 'warm median', 'max cold / warm', 'cold: 1st API call / last API end', 'API by fetch (median)', 'cold / API', `goal < ${GOAL.cold} cold, < ${GOAL.warm} warm`];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(header));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of rows) console.log(line(r));
  console.log(`load average at end (1, 5, 15 min): ${load()}`);
} finally {
  await browser?.close();
  await server.stop();
}
