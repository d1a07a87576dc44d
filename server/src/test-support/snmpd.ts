import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import snmp from 'net-snmp';

export interface V3User {
  name: string;
  /** snmpd's names: MD5, SHA, SHA-256… and DES, AES. */
  auth: string;
  authKey: string;
  priv?: string;
  privKey?: string;
}

/**
 * Debian's snmpd (the net-snmp agent) on a loopback endpoint with the given SNMPv3 users:
 * a real agent for the v3 tests (USM authentication and privacy), serving this machine's
 * own system and interface tables.
 */
export async function startSnmpd(opts: { endpoint: string; users: V3User[]; sysName: string }): Promise<{ stop(): Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'torre-snmpd-'));
  const conf = [
    ...opts.users.map((u) => `createUser ${u.name} ${u.auth} "${u.authKey}"${u.priv ? ` ${u.priv} "${u.privKey}"` : ''}`),
    ...opts.users.map((u) => `rouser ${u.name} ${u.priv ? 'priv' : 'auth'}`),
    `sysName ${opts.sysName}`,
  ].join('\n');
  writeFileSync(join(dir, 'snmpd.conf'), `${conf}\n`);
  const log = join(dir, 'snmpd.log');
  const child: ChildProcess = spawn('snmpd', ['-f', '-C', '-c', join(dir, 'snmpd.conf'), '-Lf', log, '-p', join(dir, 'pid'), opts.endpoint], {
    env: { ...process.env, SNMP_PERSISTENT_DIR: join(dir, 'persist'), MIBS: '' },
    stdio: 'ignore',
  });
  const [host, port] = opts.endpoint.split(':');
  const first = opts.users[0]!;
  const deadline = Date.now() + 20_000;
  while (!(await answers(host!, Number(port), first))) {
    const text = (() => {
      try {
        return readFileSync(log, 'utf8');
      } catch {
        return '';
      }
    })();
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`snmpd did not start on ${opts.endpoint}: ${text.slice(-2000)}`);
    }
  }
  return {
    async stop() {
      if (child.exitCode === null) {
        await new Promise<void>((resolve) => {
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
        });
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function answers(host: string, port: number, u: V3User): Promise<boolean> {
  return new Promise((resolve) => {
    const user = {
      name: u.name,
      level: u.priv ? snmp.SecurityLevel.authPriv : snmp.SecurityLevel.authNoPriv,
      authProtocol: u.auth === 'MD5' ? snmp.AuthProtocols.md5 : u.auth === 'SHA-256' ? snmp.AuthProtocols.sha256 : snmp.AuthProtocols.sha,
      authKey: u.authKey,
      ...(u.priv ? { privProtocol: u.priv === 'DES' ? snmp.PrivProtocols.des : snmp.PrivProtocols.aes, privKey: u.privKey } : {}),
    };
    const session = snmp.createV3Session(host, user, { port, timeout: 300, retries: 0 });
    session.on('error', () => {});
    session.get(['1.3.6.1.2.1.1.5.0'], (err) => {
      session.close();
      resolve(!err);
    });
  });
}
