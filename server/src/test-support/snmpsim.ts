import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import snmp from 'net-snmp';

export interface Snmpsim {
  dataDir: string;
  endpoints: string[];
  stop(): Promise<void>;
  restart(): Promise<void>;
}

/**
 * Starts Debian's snmpsimd on loopback endpoints ("127.0.0.11:1161"), serving a copy of
 * `sourceDir` (real recordings) plus any `extraFiles` (name → snmprec text, e.g. counters
 * under snmpsim's `numeric` variation). Resolves once the simulator answers `probeCommunity`.
 */
export async function startSnmpsim(opts: { sourceDir?: string; extraFiles?: Record<string, string>; endpoints: string[]; probeCommunity: string }): Promise<Snmpsim> {
  const root = mkdtempSync(join(tmpdir(), 'torre-snmpsim-'));
  const dataDir = join(root, 'data');
  const cacheDir = join(root, 'cache');
  if (opts.sourceDir) cpSync(opts.sourceDir, dataDir, { recursive: true });
  else mkdirSync(dataDir);
  for (const [name, text] of Object.entries(opts.extraFiles ?? {})) writeFileSync(join(dataDir, name), text);
  // snmpsimd drops to nobody, which must read the data and write its index cache
  chmodSync(root, 0o755);
  mkdirSync(cacheDir);
  chmodSync(cacheDir, 0o777);
  let child: ChildProcess | null = null;
  let stderr = '';

  const start = async () => {
    stderr = '';
    child = spawn(
      'snmpsimd',
      [
        `--data-dir=${dataDir}`,
        `--cache-dir=${cacheDir}`,
        ...opts.endpoints.map((e) => `--agent-udpv4-endpoint=${e}`),
        '--process-user=nobody',
        '--process-group=nogroup',
        '--logging-method=null',
      ],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    const deadline = Date.now() + 60_000;
    const [host, port] = opts.endpoints[0]!.split(':');
    while (Date.now() < deadline) {
      if (child.exitCode !== null) throw new Error(`snmpsimd exited (${child.exitCode}): ${stderr.slice(-2000)}`);
      if (await answers(host!, Number(port), opts.probeCommunity)) return;
    }
    throw new Error(`snmpsimd did not answer within 60 s: ${stderr.slice(-2000)}`);
  };
  const stopChild = async () => {
    const c = child;
    child = null;
    if (!c || c.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      c.once('exit', () => resolve());
      c.kill('SIGTERM');
      setTimeout(() => c.kill('SIGKILL'), 5000).unref();
    });
  };

  await start();
  return {
    dataDir,
    endpoints: opts.endpoints,
    async restart() {
      await stopChild();
      await start();
    },
    async stop() {
      await stopChild();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

function answers(host: string, port: number, community: string): Promise<boolean> {
  return new Promise((resolve) => {
    const session = snmp.createSession(host, community, { port, timeout: 500, retries: 0, version: snmp.Version2c });
    session.on('error', () => {});
    session.get(['1.3.6.1.2.1.1.1.0'], (err) => {
      session.close();
      resolve(!err);
    });
  });
}
