import { describe, expect, it } from 'vitest';
import { mergeSnmp } from './snmp-settings.js';

describe('mergeSnmp', () => {
  it('keeps the stored community when the client leaves it out', () => {
    expect(mergeSnmp({ version: '2c', community: 'secret' }, { version: '2c', port: 1161 })).toEqual({
      ok: true,
      value: { version: '2c', community: 'secret', port: 1161 },
    });
  });
  it('requires a community on a new v2c setting', () => {
    expect(mergeSnmp(null, { version: '2c' })).toMatchObject({ ok: false, field: 'snmp.community' });
  });
  it('requires new keys when the v3 user changes', () => {
    const stored = { version: '3', username: 'a', authProtocol: 'sha', authKey: 'k'.repeat(8) } as const;
    expect(mergeSnmp(stored, { version: '3', username: 'b', authProtocol: 'sha' })).toMatchObject({ ok: false, field: 'snmp.authKey' });
    expect(mergeSnmp(stored, { version: '3', username: 'a', authProtocol: 'sha256' })).toEqual({
      ok: true,
      value: { version: '3', username: 'a', authProtocol: 'sha256', authKey: 'kkkkkkkk' },
    });
  });
  it('needs a privKey with a privProtocol, and null removes privacy', () => {
    const stored = { version: '3', username: 'a', authProtocol: 'sha', authKey: 'k'.repeat(8), privProtocol: 'aes', privKey: 'p'.repeat(8) } as const;
    expect(mergeSnmp(null, { version: '3', username: 'a', authProtocol: 'sha', authKey: 'k'.repeat(8), privProtocol: 'aes' })).toMatchObject({
      ok: false,
      field: 'snmp.privKey',
    });
    expect(mergeSnmp(stored, { version: '3', username: 'a', authProtocol: 'sha' })).toMatchObject({ ok: true, value: { privProtocol: 'aes' } });
    expect(mergeSnmp(stored, { version: '3', username: 'a', authProtocol: 'sha', privProtocol: null })).toEqual({
      ok: true,
      value: { version: '3', username: 'a', authProtocol: 'sha', authKey: 'kkkkkkkk' },
    });
    expect(mergeSnmp(stored, null)).toEqual({ ok: true, value: null });
    expect(mergeSnmp(stored, undefined)).toEqual({ ok: true, value: stored });
  });
});
