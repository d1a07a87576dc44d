import { spawn } from 'node:child_process';

export interface FpingOptions {
  count: number;
  /** -t: initial per-packet timeout, ms. */
  timeoutMs: number;
  /** -p: minimum time between packets to one target, ms. */
  periodMs: number;
  /** -i: minimum time between any two packets this fping sends, ms (may be fractional). */
  sendIntervalMs: number;
}

export interface FpingRun {
  /** stdout and stderr together: -q puts the summary on stderr. */
  output: string;
  exitCode: number | null;
  /** Set when fping could not run at all (missing binary, no permission). */
  spawnError: string | null;
}

export function fpingArgs(o: FpingOptions): string[] {
  return ['-C', String(o.count), '-q', '-t', String(o.timeoutMs), '-p', String(o.periodMs), '-i', String(o.sendIntervalMs), '-r', '0', '-f', '-'];
}

/** How long fping should take for this many addresses, with room to spare; then it is killed. */
export function fpingDeadlineMs(addresses: number, o: FpingOptions): number {
  // With -i 0 fping still spends time per packet: count 50 µs each, several times what it takes.
  const expected = addresses * o.count * Math.max(o.sendIntervalMs, 0.05) + (o.count - 1) * o.periodMs + o.timeoutMs;
  return 2 * expected + 5_000;
}

/** Runs one fping over `addresses`, fed on stdin. Never throws; a hung fping is killed. */
export function runFping(fpingPath: string, addresses: string[], o: FpingOptions): Promise<FpingRun> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let settled = false;
    const done = (r: FpingRun) => {
      clearTimeout(deadline);
      if (!settled) {
        settled = true;
        resolve(r);
      }
    };
    const child = spawn(fpingPath, fpingArgs(o), { stdio: ['pipe', 'pipe', 'pipe'] });
    const deadline = setTimeout(() => {
      child.kill('SIGKILL');
      done({ output: '', exitCode: null, spawnError: `fping did not finish within ${fpingDeadlineMs(addresses.length, o)} ms; killed` });
    }, fpingDeadlineMs(addresses.length, o));
    child.stdout.on('data', (d: Buffer) => chunks.push(d));
    child.stderr.on('data', (d: Buffer) => chunks.push(d));
    child.on('error', (err) => done({ output: '', exitCode: null, spawnError: err.message }));
    child.on('close', (code) => done({ output: Buffer.concat(chunks).toString('utf8'), exitCode: code, spawnError: null }));
    child.stdin.on('error', () => {}); // fping may exit before reading everything (bad option)
    child.stdin.end(addresses.join('\n') + '\n');
  });
}

/**
 * Whether this fping accepts `-i 0`: fping refuses intervals under 1 ms unless run by root
 * ("these options are too risky for mere mortals"), even with the raw-socket capability.
 */
export async function fpingAcceptsBurst(fpingPath: string): Promise<boolean> {
  const run = await runFping(fpingPath, ['127.0.0.1'], { count: 1, timeoutMs: 100, periodMs: 10, sendIntervalMs: 0 });
  return run.spawnError === null && !/too risky/i.test(run.output);
}

/** Whether fping can run here, and why not. Checked at start-up and shown in /healthz. */
export async function checkFping(fpingPath: string): Promise<{ available: boolean; version: string | null; reason: string | null }> {
  const run = await new Promise<FpingRun>((resolve) => {
    const chunks: Buffer[] = [];
    const child = spawn(fpingPath, ['-v'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (d: Buffer) => chunks.push(d));
    child.stderr.on('data', (d: Buffer) => chunks.push(d));
    child.on('error', (err) => resolve({ output: '', exitCode: null, spawnError: err.message }));
    child.on('close', (code) => resolve({ output: Buffer.concat(chunks).toString(), exitCode: code, spawnError: null }));
  });
  if (run.spawnError) return { available: false, version: null, reason: `fping not found (${run.spawnError}); install the Debian package fping` };
  const version = /Version (\S+)/.exec(run.output)?.[1] ?? null;
  // fping needs a raw socket (root, CAP_NET_RAW or setuid): ping loopback once to be sure.
  const probe = await runFping(fpingPath, ['127.0.0.1'], { count: 1, timeoutMs: 500, periodMs: 10, sendIntervalMs: 1 });
  if (/permission|not permitted|can't create socket/i.test(probe.output) || probe.exitCode === 3 || probe.exitCode === 4) {
    return { available: false, version, reason: `fping cannot open a raw socket: ${probe.output.trim().split('\n')[0] ?? ''}` };
  }
  return { available: true, version, reason: null };
}
