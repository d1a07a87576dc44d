import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createIcmpProber } from './icmp-prober.js';
import { createResolver } from '../resolver.js';
import { checkFping } from './fping-runner.js';

const ctx = { log: { warn: () => {}, error: () => {}, info: () => {}, debug: () => {} } };
const config = { count: 3, timeoutMs: 300, periodMs: 20, sendIntervalMs: 1 };
const rules: string[][] = [];
const iptables = (...args: string[]) => execFileSync('iptables', args);
const dirs: string[] = [];
afterEach(() => {
  for (const r of rules.splice(0)) iptables('-D', ...r);
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
const drop = (addr: string, extra: string[] = []) => {
  const rule = ['OUTPUT', '-d', addr, '-p', 'icmp', ...extra, '-j', 'DROP'];
  iptables('-I', ...rule);
  rules.push(rule);
};

describe('ICMP prober (real fping on loopback)', () => {
  it('finds fping usable here', async () => {
    expect(await checkFping('fping')).toMatchObject({ available: true, reason: null });
    expect((await checkFping('/nonexistent/fping')).available).toBe(false);
  });

  it('probes many targets in a few fping processes and reports each one', async () => {
    const probe = createIcmpProber({ fpingPath: 'fping', concurrency: 4, resolve: createResolver() });
    drop('127.0.60.7');
    const targets = Array.from({ length: 300 }, (_, i) => ({ id: i + 1, host: `127.0.${60 + Math.floor(i / 250)}.${(i % 250) + 1}` }));
    const results = await Promise.all(targets.map((t) => probe(t, config, ctx)));
    const byHost = new Map(targets.map((t, i) => [t.host, results[i]!]));
    expect(byHost.get('127.0.60.7')).toMatchObject({ ok: false, reason: 'timeout', data: { lossPercent: 100, sent: 3 } });
    expect(byHost.get('127.0.60.8')).toMatchObject({ ok: true, reason: null, data: { sent: 3, received: 3, lossPercent: 0 } });
    expect(results.filter((r) => r.ok)).toHaveLength(299);
    expect(byHost.get('127.0.60.8')!.data.rttAvg).toBeGreaterThan(0);
  });

  it('pings IPv6 and DNS names, and reports a name that does not resolve', async () => {
    const names = new Map([['rb-core.test', '127.0.61.1']]);
    const resolve = createResolver({ lookup: async (h) => { const a = names.get(h); if (!a) throw Object.assign(new Error('nx'), { code: 'ENOTFOUND' }); return a; } });
    const probe = createIcmpProber({ fpingPath: 'fping', concurrency: 2, resolve });
    const [v6, name, bad] = await Promise.all([
      probe({ id: 1, host: '::1' }, config, ctx),
      probe({ id: 2, host: 'rb-core.test' }, config, ctx),
      probe({ id: 3, host: 'nowhere.test' }, config, ctx),
    ]);
    expect(v6).toMatchObject({ ok: true, data: { address: '::1' } });
    expect(name).toMatchObject({ ok: true, data: { address: '127.0.61.1' } });
    expect(bad).toMatchObject({ ok: false, reason: 'dns: ENOTFOUND' });
  });

  it('returns a result with a reason when fping is missing', async () => {
    const probe = createIcmpProber({ fpingPath: '/nonexistent/fping', concurrency: 1, resolve: createResolver() });
    const r = await probe({ id: 1, host: '127.0.0.1' }, config, ctx);
    expect(r.ok).toBe(false);
    expect(r.reason).toMatch(/^fping: /);
  });

  it('sees partial loss', async () => {
    drop('127.0.62.1', ['-m', 'statistic', '--mode', 'nth', '--every', '2', '--packet', '0']);
    const probe = createIcmpProber({ fpingPath: 'fping', concurrency: 1, resolve: createResolver() });
    const r = await probe({ id: 1, host: '127.0.62.1' }, { ...config, count: 4 }, ctx);
    expect(r).toMatchObject({ ok: true, data: { sent: 4, received: 2, lossPercent: 50 } });
  });

  /**
   * fping behind a shim that records each run (its -i and how many addresses) and, to stand in
   * for builds older than the one here (fping < 5 refuses -i below 1 ms without root), can refuse -i 0.
   */
  const recordingFping = (refuseBurst: boolean) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'torre-fping-'));
    dirs.push(dir);
    const log = path.join(dir, 'runs');
    const shim = path.join(dir, 'fping');
    fs.writeFileSync(
      shim,
      `#!/bin/sh
input=$(cat)
interval=$(echo "$*" | sed -n 's/.*-i \\([0-9.]*\\).*/\\1/p')
echo "$interval $(printf '%s\\n' "$input" | grep -c .)" >> ${log}
${refuseBurst ? `[ "$interval" = 0 ] && { echo 'fping: these options are too risky for mere mortals.' >&2; exit 1; }` : ''}
printf '%s\\n' "$input" | exec fping "$@"
`,
      { mode: 0o755 },
    );
    return { path: shim, runs: () => fs.readFileSync(log, 'utf8').trim().split('\n').slice(1).map((l) => l.split(' ')) };
  };
  const burstTargets = Array.from({ length: 250 }, (_, i) => ({ id: i + 1, host: `127.32.0.${i + 1}` }));
  // One process at one packet per ms with 100 ms between a device's packets: 100 packets per
  // period, 1,000 a second. 250 devices × 2 packets fit in a second; × 5 do not.
  const burstConfig = { count: 2, timeoutMs: 300, periodMs: 100, sendIntervalMs: 1 };

  it('sends in bursts of as many devices as the settings allow per period, and still sees a lost device', async () => {
    const fping = recordingFping(false);
    drop('127.32.0.7');
    const probe = createIcmpProber({ fpingPath: fping.path, concurrency: 1, resolve: createResolver() });
    const results = await Promise.all(burstTargets.map((t) => probe(t, { ...burstConfig, count: 5 }, ctx)));
    // After the one-address check of whether -i 0 is allowed: three runs without pacing (sorted:
    // on a busy machine a shim started later may write its line first).
    expect(fping.runs().sort()).toEqual([['0', '100'], ['0', '100'], ['0', '50']]);
    expect(results[6]).toMatchObject({ ok: false, reason: 'timeout', data: { address: '127.32.0.7', sent: 5, lossPercent: 100 } });
    expect(results.filter((r) => r.ok && r.data.received === 5)).toHaveLength(249);
  });

  it('sends a round that fits in one second\'s allowance with one fping', async () => {
    const fping = recordingFping(false);
    drop('127.32.0.9');
    const probe = createIcmpProber({ fpingPath: fping.path, concurrency: 1, resolve: createResolver() });
    const results = await Promise.all(burstTargets.map((t) => probe(t, burstConfig, ctx)));
    expect(fping.runs()).toEqual([['0', '250']]);
    expect(results[8]).toMatchObject({ ok: false, reason: 'timeout', data: { address: '127.32.0.9', sent: 2, lossPercent: 100 } });
    expect(results.filter((r) => r.ok && r.data.received === 2)).toHaveLength(249);
  });

  it('paces with -i as configured where fping refuses -i 0', async () => {
    const fping = recordingFping(true);
    const probe = createIcmpProber({ fpingPath: fping.path, concurrency: 1, resolve: createResolver() });
    const results = await Promise.all(burstTargets.map((t) => probe(t, burstConfig, ctx)));
    expect(fping.runs()).toEqual([['1', '250']]);
    expect(results.filter((r) => r.ok)).toHaveLength(250);
  });
});
