import { describe, expect, it } from 'vitest';
import snmp from 'net-snmp';
import { compareOids, type VarbindMap } from './varbinds.js';
import type { SnmpSession, Varbind } from './session.js';
import { walkRoots } from './walker.js';

/**
 * An agent that answers GETBULK with at most `cap` varbinds, cutting rows short, as RFC 3416
 * 4.2.3 allows and some radios do. snmpsimd and snmpd always answer whole rows, so this one
 * behaviour is scripted here; every other walk test runs against them.
 */
function truncatingAgent(objects: [string, number][], cap: number): SnmpSession & { requests: number } {
  const sorted = [...objects].sort((a, b) => compareOids(a[0], b[0]));
  const after = (oid: string): Varbind => {
    const next = sorted.find(([o]) => compareOids(o, oid) > 0);
    return next ? { oid: next[0], type: snmp.ObjectType.Integer, value: next[1] } : { oid, type: snmp.ObjectType.EndOfMibView, value: null };
  };
  const agent = {
    version: '2c' as const,
    requests: 0,
    async next(oids: string[], maxRepetitions: number): Promise<Varbind[][]> {
      agent.requests++;
      const out: Varbind[][] = oids.map(() => []);
      const cursors = [...oids];
      let budget = cap;
      for (let r = 0; r < maxRepetitions && budget > 0; r++) {
        for (let c = 0; c < oids.length && budget > 0; c++, budget--) {
          const vb = after(cursors[c]!);
          out[c]!.push(vb);
          cursors[c] = vb.oid;
        }
      }
      return out;
    },
    close() {},
  };
  return agent;
}

describe('walkRoots', () => {
  // 12 columns × 30 rows, like a busy interface table.
  const columns = Array.from({ length: 12 }, (_, c) => `1.3.6.1.2.1.2.2.1.${c + 1}`);
  const objects: [string, number][] = columns.flatMap((col, c) => Array.from({ length: 30 }, (_, r) => [`${col}.${r + 1}`, c * 100 + r] as [string, number]));

  it('gets every row of every column from an agent that cuts its answers short', async () => {
    const agent = truncatingAgent(objects, 7);
    const map: VarbindMap = new Map();
    const walk = await walkRoots(agent, columns, map, { maxRepetitions: 10, perRequest: 12, maxRequests: 5000 });
    expect(map.size).toBe(360);
    expect(map.get('1.3.6.1.2.1.2.2.1.12.30')).toBe(1129);
    expect(walk.requests).toBe(agent.requests);
    expect(walk.firstReadAt).not.toBeNull();
  });

  it('stops at the end of each column and of the MIB', async () => {
    const agent = truncatingAgent(objects, 1000);
    const map: VarbindMap = new Map();
    await walkRoots(agent, [columns[11]!, '1.3.6.1.2.1.2.2.1.99'], map, { maxRepetitions: 50, perRequest: 10, maxRequests: 10 });
    expect(map.size).toBe(30);
  });

  it('gives up on an agent that never ends a table', async () => {
    const loop: SnmpSession = { version: '2c', next: async (oids) => oids.map((o) => [{ oid: `${o}.1`, type: snmp.ObjectType.Integer, value: 1 }]), close() {} };
    await expect(walkRoots(loop, ['1.3.6.1.2.1.2.2.1.1'], new Map(), { maxRepetitions: 10, perRequest: 10, maxRequests: 20 })).rejects.toThrow(/did not finish after 20 requests/);
  });
});
