import { execFileSync } from 'node:child_process';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { adminAuth, createTestApp } from '../test-support/test-app.js';
import { TEST_DB } from '../test-support/test-db.js';
import { createMonitoring } from './index.js';

// Addresses of this file only (other test files use other 127.0.x ranges).
const NET = TEST_DB === 'postgres' ? '127.0.81' : '127.0.71';
const rules: string[][] = [];
const iptables = (...args: string[]) => execFileSync('iptables', args);
const drop = (host: string, extra: string[] = []) => {
  const rule = ['OUTPUT', '-d', host, '-p', 'icmp', ...extra, '-j', 'DROP'];
  iptables('-I', ...rule);
  rules.push(rule);
};
const undrop = () => {
  for (const r of rules.splice(0)) iptables('-D', ...r);
};

describe(`ICMP engine against real fping (${TEST_DB})`, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  let admin: { authorization: string };
  const ids: Record<string, number> = {};
  // Rounds are stamped in the recent past, 10 s apart, from an aligned hour.
  const base = Math.floor(Date.now() / 3_600_000) * 3_600_000 - 2 * 3_600_000;
  let round = 0;
  let probed = 0; // samples written so far (devices per round, summed)
  const next = async () => {
    const r = await t.monitoring.engine.runRound(base + 10_000 * round++);
    probed += r.devices;
    return r;
  };
  const status = async (name: string) => (await t.app.inject({ method: 'GET', url: `/api/devices/${ids[name]}`, headers: admin })).json().status as string;
  const events = async (name: string) => (await t.app.inject({ method: 'GET', url: `/api/events?deviceId=${ids[name]}`, headers: admin })).json().items as { from: string; to: string; reason: string }[];
  const streamed: string[] = [];
  let abort: AbortController;

  beforeAll(async () => {
    t = await createTestApp({ PING_INTERVAL_SECONDS: '10', PING_COUNT: '10', PING_PERIOD_MS: '10', PING_TIMEOUT_MS: '300', DOWN_AFTER: '2', UP_AFTER: '1' });
    admin = await adminAuth(t.app);
    const tower = (await t.app.inject({ method: 'POST', url: '/api/towers', headers: admin, payload: { name: 'Torre Teste', latitude: -10, longitude: -50 } })).json();
    ids.tower = tower.id;
    const add = async (name: string, host: string, extra: object = {}) => {
      const r = await t.app.inject({ method: 'POST', url: '/api/devices', headers: admin, payload: { name, host, type: 'ap', ...extra } });
      ids[name] = r.json().id;
    };
    await add('uplink', `${NET}.1`, { towerId: tower.id });
    await t.app.inject({ method: 'PATCH', url: `/api/towers/${tower.id}`, headers: admin, payload: { uplinkDeviceId: ids.uplink } });
    await add('ap-a', `${NET}.2`, { towerId: tower.id });
    await add('cpe-a', `${NET}.3`, { parentId: undefined, towerId: tower.id });
    await t.app.inject({ method: 'PATCH', url: `/api/devices/${ids['cpe-a']}`, headers: admin, payload: { parentId: ids['ap-a'] } });
    await add('solo', `${NET}.10`);
    await add('lossy', `${NET}.20`);
    await add('off', `${NET}.30`, { enabled: false });

    // Listen for real, and read the live stream as a browser would.
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const port = (t.app.server.address() as { port: number }).port;
    abort = new AbortController();
    const res = await fetch(`http://127.0.0.1:${port}/api/stream`, { headers: admin, signal: abort.signal });
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    void (async () => {
      const decoder = new TextDecoder();
      try {
        for await (const chunk of res.body!) streamed.push(decoder.decode(chunk as Uint8Array));
      } catch {
        // aborted at the end
      }
    })();
  });
  afterEach(undrop);
  afterAll(async () => {
    undrop();
    // Closing the server ends the open stream itself (else close() would wait for the client).
    await t.close();
    abort?.abort();
  });

  it('brings every enabled device up in the first round', async () => {
    const r = await next();
    expect(r.devices).toBe(5);
    for (const name of ['uplink', 'ap-a', 'cpe-a', 'solo', 'lossy']) expect(await status(name), name).toBe('up');
    expect(await status('off')).toBe('unknown');
    const d = (await t.app.inject({ method: 'GET', url: `/api/devices/${ids.solo}`, headers: admin })).json();
    expect(d).toMatchObject({ lossPercent: 0, statusSince: new Date(base).toISOString() });
    expect(d.rttMs).toBeGreaterThan(0);
    // Disabled devices are not monitored and not counted.
    expect((await t.app.inject({ method: 'GET', url: '/api/summary', headers: admin })).json()).toEqual({ up: 5, down: 0, degraded: 0, unreachable: 0, unknown: 0, maintenance: 0, total: 5 });
  });

  it('takes a device down after DOWN_AFTER failed rounds and up again when it answers, storing and streaming both', async () => {
    drop(`${NET}.10`);
    await next();
    expect(await status('solo')).toBe('up');
    await next();
    expect(await status('solo')).toBe('down');
    undrop();
    await next();
    expect(await status('solo')).toBe('up');
    const ev = await events('solo');
    expect(ev.slice(0, 2).map((e) => `${e.from}>${e.to}`)).toEqual(['down>up', 'up>down']);
    expect(ev[1]!.reason).toBe('no-reply|2|timeout');
    const sse = () => parseSse(streamed.join(''));
    await expect.poll(() => sse().filter((e) => e.event === 'status' && e.data.deviceId === ids.solo).map((e) => `${e.data.from}>${e.data.to}`)).toEqual(['unknown>up', 'up>down', 'down>up']);
    expect(sse().filter((e) => e.event === 'round')).toHaveLength(4);
    expect(sse().find((e) => e.event === 'round')?.data).toMatchObject({ devices: 5, counts: { up: 5 } });
    const down = (await t.app.inject({ method: 'GET', url: '/api/devices?status=down,unreachable', headers: admin })).json();
    expect(down.total).toBe(0);
  });

  it('marks the dependents of a failed uplink unreachable, not down', async () => {
    drop(`${NET}.1`);
    drop(`${NET}.2`);
    drop(`${NET}.3`);
    await next();
    await next();
    expect(await status('uplink')).toBe('down');
    expect(await status('ap-a')).toBe('unreachable');
    expect(await status('cpe-a')).toBe('unreachable');
    expect((await events('cpe-a'))[0]).toMatchObject({ from: 'up', to: 'unreachable', reason: `upstream|${ids['ap-a']}|unreachable` });
    const list = (await t.app.inject({ method: 'GET', url: '/api/devices?status=unreachable', headers: admin })).json();
    expect(list.total).toBe(2);
    const tower = (await t.app.inject({ method: 'GET', url: `/api/towers/${ids.tower}`, headers: admin })).json();
    expect(tower.statusCounts).toEqual({ up: 0, down: 1, degraded: 0, unreachable: 2, unknown: 0 });
    undrop();
    await next();
    for (const name of ['uplink', 'ap-a', 'cpe-a']) expect(await status(name), name).toBe('up');
  });

  it('does not blame a disabled parent: a child failing under it is down', async () => {
    drop(`${NET}.1`);
    drop(`${NET}.2`);
    await next();
    await next();
    expect(await status('ap-a')).toBe('unreachable');
    await t.app.inject({ method: 'PATCH', url: `/api/devices/${ids.uplink}`, headers: admin, payload: { enabled: false } });
    await next();
    expect(await status('ap-a')).toBe('down');
    undrop();
    await t.app.inject({ method: 'PATCH', url: `/api/devices/${ids.uplink}`, headers: admin, payload: { enabled: true } });
    await next();
    for (const name of ['uplink', 'ap-a', 'cpe-a']) expect(await status(name), name).toBe('up');
  });

  it('calls a device with 30 % random loss degraded', async () => {
    drop(`${NET}.20`, ['-m', 'statistic', '--mode', 'random', '--probability', '0.3']);
    const seen = new Set<string>();
    for (let i = 0; i < 5; i++) {
      await next();
      seen.add(await status('lossy'));
    }
    expect(seen.has('degraded')).toBe(true);
    undrop();
    drop(`${NET}.20`, ['-m', 'statistic', '--mode', 'nth', '--every', '2', '--packet', '0']);
    await next();
    const worst = (await t.app.inject({ method: 'GET', url: '/api/devices/worst?by=loss&limit=3', headers: admin })).json();
    expect(worst.items).toEqual([expect.objectContaining({ name: 'lossy', lossPercent: 50, status: 'degraded' })]);
    const slowest = (await t.app.inject({ method: 'GET', url: '/api/devices/worst?by=rtt', headers: admin })).json();
    expect(slowest.items.length).toBeGreaterThan(0);
    expect(slowest.items.map((d: { rttMs: number }) => d.rttMs)).toEqual([...slowest.items.map((d: { rttMs: number }) => d.rttMs)].sort((a, b) => b - a));
    expect((await events('lossy')).some((e) => e.to === 'degraded' && /^loss\|\d+(\.\d+)?\|20$/.test(e.reason))).toBe(true);
    undrop();
    await next();
  });

  it('resumes after a restart without a new event, even with a device still down', async () => {
    drop(`${NET}.10`);
    await next();
    await next();
    expect(await status('solo')).toBe('down');
    const before = (await events('solo')).length;
    const restarted = createMonitoring({ config: t.config, repos: t.repos, services: t.services, log: quiet });
    await restarted.monitor.init();
    probed += (await restarted.engine.runRound(base + 10_000 * round++)).devices;
    expect(await status('solo')).toBe('down');
    expect((await events('solo')).length).toBe(before);
  });

  it('stores one sample per device per round, and after a restart rolls up 5-minute and hourly buckets without loss or double counting', async () => {
    const samples = await t.db.kysely.selectFrom('ping_samples').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(samples.n)).toBe(probed);
    const uplinkRounds = Number(
      (await t.db.kysely.selectFrom('ping_samples').select((eb) => eb.fn.countAll<number>().as('n')).where('device_id', '=', ids.uplink!).executeTakeFirstOrThrow()).n,
    );
    // A restart replays the open bucket from raw samples; the next round, past the hour, closes it.
    const restarted = createMonitoring({ config: t.config, repos: t.repos, services: t.services, log: quiet });
    await restarted.monitor.init();
    await restarted.engine.runRound(base + 3_600_000 + 10_000);
    const m5 = await t.db.kysely.selectFrom('ping_rollup_5m').selectAll().where('device_id', '=', ids.uplink!).orderBy('t').execute();
    expect(m5.map((r) => r.t)).toEqual([base / 1000]);
    expect(m5[0]!.rounds).toBe(uplinkRounds);
    expect(m5[0]!.sent).toBe(10 * uplinkRounds);
    const h1 = await t.db.kysely.selectFrom('ping_rollup_1h').selectAll().where('device_id', '=', ids.uplink!).execute();
    expect(h1).toHaveLength(1);
    expect(h1[0]).toMatchObject({ t: base / 1000, rounds: uplinkRounds, sent: 10 * uplinkRounds, lost: m5[0]!.lost });
    // Raw answers a short recent range; it shows the outage rounds as 100 % loss.
    const url = (from: number, to: number) => `/api/devices/${ids.uplink}/latency?from=${new Date(from).toISOString()}&to=${new Date(to).toISOString()}`;
    const raw = (await t.app.inject({ method: 'GET', url: url(base - 60_000, base + 600_000), headers: admin })).json();
    expect(raw.tier).toBe('raw');
    expect(raw.points.some((p: { loss: number }) => p.loss === 100)).toBe(true);
    expect(raw.points.some((p: { rttAvg: number | null }) => p.rttAvg !== null && p.rttAvg > 0), JSON.stringify(raw.points.slice(0, 3))).toBe(true);
    const week = (await t.app.inject({ method: 'GET', url: url(base - 6 * 86_400_000, base + 3_600_000), headers: admin })).json();
    expect(week.tier).toBe('5m');
    expect(week.points).toHaveLength(1);
    const year = (await t.app.inject({ method: 'GET', url: url(base - 300 * 86_400_000, base + 3_600_000), headers: admin })).json();
    expect(year.tier).toBe('1h');
    expect(year.points[0].loss).toBe(week.points[0].loss);
  });

  it('takes inventory changes into the next round without a restart', async () => {
    const patch = (payload: object) => t.app.inject({ method: 'PATCH', url: `/api/devices/${ids.lossy}`, headers: admin, payload });
    expect((await patch({ enabled: false })).statusCode).toBe(200);
    expect((await next()).devices).toBe(4);
    await patch({ enabled: true, host: `${NET}.21` });
    drop(`${NET}.20`); // the old address fails; the new one answers
    await next();
    await next();
    expect(await status('lossy')).not.toBe('down');
    const added = await t.app.inject({ method: 'POST', url: '/api/devices', headers: admin, payload: { name: 'new', host: `${NET}.40`, type: 'station' } });
    expect((await next()).devices).toBe(6);
    await t.app.inject({ method: 'DELETE', url: `/api/devices/${added.json().id}`, headers: admin });
    expect((await next()).devices).toBe(5);
  });

  it('exposes Prometheus metrics to an API token only', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(401);
    const token = (await t.app.inject({ method: 'POST', url: '/api/tokens', headers: admin, payload: { name: 'prometheus' } })).json().token;
    const res = await t.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${token}` } });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`torre_device_status{device_id="${ids.solo}",device="solo",host="${NET}.10",type="ap",tower="",status="up"} 1`);
    expect(res.body).toMatch(/torre_round_duration_seconds \d/);
    expect(res.body).toContain('torre_icmp_available 1');
  });
});

const quiet = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} };

/** Splits a Server-Sent Events text into {event, data} records. */
function parseSse(text: string): { event: string; data: Record<string, unknown> }[] {
  return text
    .split('\n\n')
    .map((block) => {
      const event = /^event: (.+)$/m.exec(block)?.[1];
      const data = /^data: (.+)$/m.exec(block)?.[1];
      return event && data ? { event, data: JSON.parse(data) as Record<string, unknown> } : null;
    })
    .filter((e): e is { event: string; data: Record<string, unknown> } => e !== null);
}