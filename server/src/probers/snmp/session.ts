import crypto from 'node:crypto';
import snmp from 'net-snmp';
import type { SnmpSettings } from '../../http/routes/devices/schema.js';
import type { SnmpValue } from './varbinds.js';

export interface SnmpTransport {
  timeoutMs: number;
  retries: number;
}

export interface Varbind {
  oid: string;
  type: number;
  value: unknown;
}

/** A net-snmp session behind promises, for one device. */
export interface SnmpSession {
  version: '1' | '2c' | '3';
  /**
   * The varbinds following each OID: up to `maxRepetitions` per OID with GETBULK (v2c, v3),
   * one with GETNEXT (v1). Element i answers oids[i].
   */
  next(oids: string[], maxRepetitions: number): Promise<Varbind[][]>;
  close(): void;
}

const AUTH: Record<string, snmp.AuthProtocols> = {
  md5: snmp.AuthProtocols.md5,
  sha: snmp.AuthProtocols.sha,
  sha224: snmp.AuthProtocols.sha224,
  sha256: snmp.AuthProtocols.sha256,
  sha384: snmp.AuthProtocols.sha384,
  sha512: snmp.AuthProtocols.sha512,
};
const PRIV: Record<string, snmp.PrivProtocols> = {
  des: snmp.PrivProtocols.des,
  aes: snmp.PrivProtocols.aes,
  aes256b: snmp.PrivProtocols.aes256b,
  aes256r: snmp.PrivProtocols.aes256r,
};

export function openSession(address: string, settings: SnmpSettings, transport: SnmpTransport): SnmpSession {
  const options = {
    port: settings.port ?? 161,
    retries: transport.retries,
    timeout: transport.timeoutMs,
    transport: (address.includes(':') ? 'udp6' : 'udp4') as 'udp4' | 'udp6',
    idBitsSize: 32,
  };
  let session: snmp.Session;
  if (settings.version === '3') {
    const user = {
      name: settings.username,
      level: settings.privProtocol ? snmp.SecurityLevel.authPriv : snmp.SecurityLevel.authNoPriv,
      authProtocol: AUTH[settings.authProtocol],
      authKey: settings.authKey,
      ...(settings.privProtocol ? { privProtocol: PRIV[settings.privProtocol], privKey: settings.privKey } : {}),
    };
    session = snmp.createV3Session(address, user, { ...options, version: snmp.Version3 });
  } else {
    session = snmp.createSession(address, settings.community, { ...options, version: settings.version === '1' ? snmp.Version1 : snmp.Version2c });
  }
  // A socket error (e.g. EACCES) must reach the pending request, not crash the process.
  session.on('error', () => {});

  const call = (fn: (cb: (err: Error | null, vbs?: unknown[]) => void) => void) =>
    new Promise<unknown[]>((resolve, reject) => fn((err, vbs) => (err ? reject(err) : resolve(vbs ?? []))));

  return {
    version: settings.version,
    next: async (oids, maxRepetitions) =>
      settings.version === '1'
        ? (await call((cb) => session.getNext(oids, cb))).map((vb) => [vb as Varbind])
        : (await call((cb) => session.getBulk(oids, 0, maxRepetitions, cb))).map((vb) => (Array.isArray(vb) ? vb : [vb]) as Varbind[]),
    close: () => {
      try {
        session.close();
      } catch {
        // already closed
      }
    },
  };
}

/** True for noSuchObject, noSuchInstance and endOfMibView. */
export const isException = (vb: Varbind) => snmp.isVarbindError(vb as snmp.Varbind);

/** A varbind's value as the parsers take it (see varbinds.ts). */
export function toSnmpValue(vb: Varbind): SnmpValue | null {
  const v = vb.value;
  switch (vb.type) {
    case snmp.ObjectType.Counter64:
      return Buffer.isBuffer(v) ? (v.length === 0 ? 0n : BigInt(`0x${v.toString('hex')}`)) : null;
    case snmp.ObjectType.OctetString:
    case snmp.ObjectType.Opaque:
      return Buffer.isBuffer(v) ? v : Buffer.from(String(v));
    case snmp.ObjectType.OID:
    case snmp.ObjectType.IpAddress:
      return String(v);
    case snmp.ObjectType.Boolean:
      return v ? 1 : 0;
    default:
      return typeof v === 'number' ? v : null;
  }
}

/**
 * One line an operator can act on: a timeout is almost always a wrong community, an ACL or a
 * firewall; v3 reports name the failing check.
 */
export function describeSnmpError(err: unknown): string {
  const e = err as { name?: string; message?: string; status?: number };
  if (e.name === 'RequestTimedOutError') return 'timeout: no SNMP answer (wrong community or credentials, ACL or firewall?)';
  const m = e.message ?? String(err);
  if (/wrong ?digest|authentication/i.test(m)) return `authentication failed: ${m}`;
  if (/unknown ?user ?name/i.test(m)) return `unknown SNMPv3 user: ${m}`;
  if (/DecryptionError|decrypt/i.test(m)) return `decryption failed (wrong privacy key or protocol?): ${m}`;
  if (/unsupported/i.test(m)) return `DES privacy needs OpenSSL's legacy provider: start Node with --openssl-legacy-provider (${m})`;
  return m;
}

/** Whether SNMPv3 DES privacy can work: OpenSSL 3 keeps DES in its legacy provider. */
export function desAvailable(): boolean {
  try {
    crypto.createCipheriv('des-cbc', Buffer.alloc(8), Buffer.alloc(8));
    return true;
  } catch {
    return false;
  }
}
