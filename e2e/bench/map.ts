/**
 * npm run bench:map — the map at 500 towers and 1,500 links in Chromium. Starts the built
 * server on a fresh database seeded straight into the tables (see map-seed.ts; MONITORING=off,
 * MAP_TILE_URL=off: what is measured is Torre's own drawing, not tiles), signs in, and prints:
 *  - first render: from navigation start to every tower marker in the DOM and every link on the
 *    canvas, then painted (median and worst of `--loads` page loads), with the two API calls';
 *  - panning: a scripted mouse drag back and forth across the map (Leaflet's own dragging and
 *    inertia), frames timed with requestAnimationFrame: median and p95 frame time, and frames
 *    dropped (each gap of more than 1.5 frames counts the frames it skipped).
 * Figures, not a pass/fail test. `--db postgres` runs on the local PostgreSQL (TEST_DATABASE_URL).
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { startBuiltServer } from '../../server/src/test-support/built-server.js';
import { openBrowser } from '../support/browser.js';
import { signInFirstTime } from '../support/sign-in.js';
import { seedMap, type MapSeed } from './map-seed.js';

const { values: args } = parseArgs({
  options: {
    towers: { type: 'string', default: '500' },
    links: { type: 'string', default: '1500' },
    loads: { type: 'string', default: '5' },
    db: { type: 'string', default: 'sqlite' },
    width: { type: 'string', default: '1440' },
    height: { type: 'string', default: '900' },
  },
});
const TOWERS = Number(args.towers);
const LINKS = Number(args.links);
const FRAME_MS = 1000 / 60;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * q))]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

let seeded: MapSeed | undefined;
const server = await startBuiltServer({
  db: args.db === 'postgres' ? 'postgres' : 'sqlite',
  prefix: 'torre_bench_map',
  env: { MONITORING: 'off', MAP_TILE_URL: 'off' },
  prepare: async (db) => {
    seeded = await seedMap(db, TOWERS, LINKS);
  },
});
const browser = await openBrowser();
try {
  const { page } = browser;
  await page.setViewportSize({ width: Number(args.width), height: Number(args.height) });
  // tsx names the functions this file hands to page.evaluate with a helper the page lacks.
  await page.addInitScript('window.__name = (f) => f');
  await signInFirstTime(page, server.baseUrl, 'senha-do-benchmark-1');
  console.log(`map bench: ${seeded!.towers} towers, ${seeded!.links} links, ${seeded!.devices} devices, ${args.db}, viewport ${args.width}×${args.height}, no tiles; load average ${loadavg()[0]!.toFixed(1)}`);

  // First render: a full page load each time (the JS, the session, both API calls, the drawing).
  const loads: { total: number; towersApi: number; linksApi: number; afterData: number }[] = [];
  for (let i = 0; i < Number(args.loads); i++) {
    await page.goto(`${server.baseUrl}/map`);
    await page.waitForFunction(
      ([towers, links]) => {
        const map = document.querySelector<HTMLElement>('[data-testid="map"]');
        return document.querySelectorAll('.tower-marker').length === towers && map?.dataset.links === String(links) && document.querySelector('canvas.leaflet-zoom-animated') !== null;
      },
      [seeded!.towers, seeded!.links] as const,
      { polling: 'raf', timeout: 30_000 },
    );
    // Leaflet paints the canvas on the next animation frame; the frame after that is on screen.
    const figures = await page.evaluate(
      () =>
        new Promise<{ total: number; towersApi: number; linksApi: number; dataAt: number }>((resolve) =>
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              const entries = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
              const api = (path: string) => entries.find((e) => new URL(e.name).pathname === path);
              const towers = api('/api/towers');
              const links = api('/api/links');
              resolve({
                total: performance.now(),
                towersApi: towers ? towers.responseEnd - towers.startTime : NaN,
                linksApi: links ? links.responseEnd - links.startTime : NaN,
                dataAt: Math.max(towers?.responseEnd ?? 0, links?.responseEnd ?? 0),
              });
            }),
          ),
        ),
    );
    loads.push({ total: figures.total, towersApi: figures.towersApi, linksApi: figures.linksApi, afterData: figures.total - figures.dataAt });
  }
  // Where the last load's time went: each request's start and end, from navigation start.
  const timeline = await page.evaluate(() =>
    (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((e) => /\/api\/|\.js$/.test(new URL(e.name).pathname))
      .map((e) => `${new URL(e.name).pathname.replace(/^\/assets\//, '')} ${Math.round(e.startTime)}–${Math.round(e.responseEnd)}`),
  );
  if (process.env.BENCH_TIMELINE) console.log(`  last load's requests (ms from navigation start): ${timeline.join(', ')}`);
  const pick = (key: keyof (typeof loads)[number]) => loads.map((l) => l[key]);
  console.log(`first render (navigation start → all towers and links painted), ${loads.length} loads: median ${ms(median(pick('total')))}, worst ${ms(Math.max(...pick('total')))}`);
  console.log(`  of which GET /api/towers ${ms(median(pick('towersApi')))}, GET /api/links ${ms(median(pick('linksApi')))} (median); drawing after the last response ${ms(median(pick('afterData')))}`);

  // Panning: drag the map around with the mouse while the page records every frame.
  const box = (await page.getByTestId('map').boundingBox())!;
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__frames = [];
    w.__recording = true;
    const tick = (t: number) => {
      w.__frames.push(t);
      if (w.__recording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const legs: [number, number][] = [
    [300, 0],
    [0, 200],
    [-300, 0],
    [0, -200],
    [250, 150],
    [-250, -150],
  ];
  for (const [dx, dy] of legs) {
    await page.mouse.move(cx, cy);
    await page.mouse.down();
    const steps = 40;
    for (let s = 1; s <= steps; s++) {
      await page.mouse.move(cx + (dx * s) / steps, cy + (dy * s) / steps);
      await page.waitForTimeout(8);
    }
    await page.mouse.up();
    // Inertia, then moveend: the canvas redraw and the label layout land in the recording.
    await page.waitForTimeout(400);
  }
  const frames = await page.evaluate(() => {
    const w = window as unknown as { __frames: number[]; __recording: boolean };
    w.__recording = false;
    return w.__frames;
  });
  const deltas = frames.slice(1).map((t, i) => t - frames[i]!);
  const dropped = deltas.reduce((n, d) => n + (d > 1.5 * FRAME_MS ? Math.round(d / FRAME_MS) - 1 : 0), 0);
  console.log(
    `panning (${legs.length} drags with inertia, ${((frames.at(-1)! - frames[0]!) / 1000).toFixed(1)} s, ${deltas.length} frames): median frame ${ms(median(deltas))}, p95 ${ms(quantile(deltas, 0.95))}, worst ${ms(Math.max(...deltas))}, dropped frames ${dropped}`,
  );
} finally {
  await browser.close();
  await server.stop();
}
