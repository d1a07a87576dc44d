import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import type { FpingOptions } from '../src/probers/icmp/fping-runner.js';
import { fpingArgs } from '../src/probers/icmp/fping-runner.js';
import type { FpingPlan } from '../src/probers/icmp/fping-plan.js';

/** ICMP echo requests this host has sent so far (every process: run the bench on a quiet machine). */
export function echoesSent(): number {
  const lines = fs.readFileSync('/proc/net/snmp', 'utf8').split('\n').filter((l) => l.startsWith('Icmp:'));
  const names = lines[0]!.split(/\s+/);
  return Number(lines[1]!.split(/\s+/)[names.indexOf('OutEchos')]);
}

/**
 * Samples the echo-request counter every `everyMs`; `peak()` is the most packets sent in any
 * one-second window (the rate on the wire that the allowance limits), `reset()` starts over.
 */
export function wireRateMeter(everyMs = 20) {
  let samples: [number, number][] = [];
  const timer = setInterval(() => samples.push([performance.now(), echoesSent()]), everyMs);
  return {
    peak(): number {
      let best = 0;
      for (let i = 0, j = 0; j < samples.length; j++) {
        while (samples[j]![0] - samples[i]![0] > 1000) i++;
        best = Math.max(best, samples[j]![1] - samples[i]![1]);
      }
      return best;
    },
    reset: () => (samples = []),
    stop: () => clearInterval(timer),
  };
}

/** One bare fping over `hosts` (a file), timed by /usr/bin/time: CPU seconds (user + system). */
function timedFping(args: string[], hosts: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const c = spawn('/usr/bin/time', ['-f', '%U %S', 'fping', ...args], { stdio: ['pipe', 'ignore', 'pipe'] });
    let err = '';
    c.stderr.on('data', (d) => (err += d));
    c.on('error', reject);
    c.on('close', () => {
      const [u, s] = err.trim().split('\n').pop()!.split(' ').map(Number);
      resolve(u! + s!);
    });
    c.stdin.end(hosts.join('\n') + '\n');
  });
}

/** Runs bare fping over `hosts` as `plan` says (the server's own way, without the server). */
export async function runPlan(hosts: string[], plan: FpingPlan): Promise<{ wall: number; cpu: number; processes: number }> {
  const w0 = performance.now();
  const runs: Promise<number>[] = [];
  if (plan.kind === 'burst') {
    let nextAt = 0;
    for (let i = 0; i < hosts.length; i += plan.chunk) {
      const wait = nextAt - performance.now();
      if (wait > 0) await new Promise((r) => setTimeout(r, wait));
      nextAt = performance.now() + plan.spacingMs;
      runs.push(timedFping(fpingArgs(plan.options), hosts.slice(i, i + plan.chunk)));
    }
  } else {
    for (let i = 0; i < hosts.length; i += plan.batchSize) runs.push(timedFping(fpingArgs(plan.options), hosts.slice(i, i + plan.batchSize)));
  }
  const cpus = await Promise.all(runs);
  return { wall: (performance.now() - w0) / 1000, cpu: cpus.reduce((a, b) => a + b, 0), processes: runs.length };
}

/** The cheapest fping can do: one process, no pacing at all. */
export const fastestPlan = (o: FpingOptions, hosts: number): FpingPlan => ({ kind: 'paced', batchSize: hosts, processes: 1, options: { ...o, sendIntervalMs: 0 } });
