import type { SnmpSettings, SnmpSettingsPatch } from '../http/routes/devices/schema.js';

export type SnmpMerge = { ok: true; value: SnmpSettings | null } | { ok: false; field: string; message: string };

/**
 * Applies SNMP settings sent by a client to the stored ones. Secrets are write-only, so a
 * client editing a device cannot send them back: a missing secret keeps the stored one
 * when the version (and, for v3, the user) is unchanged, and is an error otherwise.
 */
export function mergeSnmp(stored: SnmpSettings | null, sent: SnmpSettingsPatch | null | undefined): SnmpMerge {
  if (sent === undefined) return { ok: true, value: stored };
  if (sent === null) return { ok: true, value: null };
  const port = sent.port !== undefined ? { port: sent.port } : {};
  if (sent.version !== '3') {
    const community = sent.community ?? (stored && stored.version !== '3' ? stored.community : undefined);
    if (!community) return { ok: false, field: 'snmp.community', message: 'community is required' };
    return { ok: true, value: { version: sent.version, community, ...port } };
  }
  const prev = stored?.version === '3' && stored.username === sent.username ? stored : undefined;
  const authKey = sent.authKey ?? prev?.authKey;
  if (!authKey) return { ok: false, field: 'snmp.authKey', message: 'authKey is required' };
  const privProtocol = sent.privProtocol === undefined ? prev?.privProtocol : (sent.privProtocol ?? undefined);
  if (!privProtocol) {
    return { ok: true, value: { version: '3', username: sent.username, authProtocol: sent.authProtocol, authKey, ...port } };
  }
  const privKey = sent.privKey ?? prev?.privKey;
  if (!privKey) return { ok: false, field: 'snmp.privKey', message: 'privKey is required with privProtocol' };
  return { ok: true, value: { version: '3', username: sent.username, authProtocol: sent.authProtocol, authKey, privProtocol, privKey, ...port } };
}
