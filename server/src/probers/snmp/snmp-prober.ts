import { performance } from 'node:perf_hooks';
import type { SnmpSettings } from '../../http/routes/devices/schema.js';
import type { Resolve } from '../resolver.js';
import type { ProbeFn } from '../types.js';
import type { SnmpReading } from './model.js';
import { INTERFACE_COLUMNS, parseReading, vendorRoots, type WirelessHints } from './parse/index.js';
import { describeSnmpError, openSession, toSnmpValue, isException, type SnmpTransport } from './session.js';
import type { VarbindMap } from './varbinds.js';
import { DEFAULT_WALK, walkRoots, type WalkOptions } from './walker.js';

export interface SnmpConfig extends SnmpTransport {
  /** The device's own credentials and port. */
  settings: SnmpSettings;
  walk?: WalkOptions;
  /** What the inventory says the device is, for radios that do not say their mode. */
  hints?: WirelessHints;
}

export interface SnmpData {
  /** What the device said, or null when it did not answer. */
  reading: SnmpReading | null;
  /**
   * When the counters were read (ms since the epoch; the middle of the first walk request's
   * round trip), else when the poll ended: counter deltas divide by the time between two of these.
   */
  polledAt: number;
  durationMs: number;
  requests: number;
}

const SYSTEM = ['1.3.6.1.2.1.1.1', '1.3.6.1.2.1.1.2', '1.3.6.1.2.1.1.3', '1.3.6.1.2.1.1.5'];
/** hrSystemUptime: some devices (AF60) have no sysUpTime. Walked, as v1 fails a GETNEXT past the end. */
const EXTRA_ROOTS = ['1.3.6.1.2.1.25.1.1'];
/**
 * The octet counters go in the walk's first request (ifHCIn/Out, ifIn/Out), so the time the
 * poll is stamped with is when they were read, whatever the rest of the walk costs.
 */
const OCTETS = ['1.3.6.1.2.1.31.1.1.1.6', '1.3.6.1.2.1.31.1.1.1.10', '1.3.6.1.2.1.2.2.1.10', '1.3.6.1.2.1.2.2.1.16'];
const octetsFirst = (columns: string[]) => [...OCTETS.filter((c) => columns.includes(c)), ...columns.filter((c) => !OCTETS.includes(c))];

/**
 * The SNMP prober: one full poll of one device — system scalars, the IF-MIB columns and the
 * vendor's wireless tables — parsed into the common shape. A silent or refusing device is a
 * result with a reason (`ok: false`), never an exception.
 */
export function createSnmpProber(deps: { resolve: Resolve }): ProbeFn<SnmpConfig, SnmpData> {
  return async (target, config) => {
    const t0 = performance.now();
    const failed = (reason: string, requests = 0) => ({
      ok: false,
      reason,
      data: { reading: null, polledAt: Date.now(), durationMs: Math.round(performance.now() - t0), requests },
    });
    const resolved = await deps.resolve(target.host);
    if ('error' in resolved) return failed(resolved.error);
    const session = openSession(resolved.address, config.settings, config);
    let requests = 0;
    try {
      const map: VarbindMap = new Map();
      const system = await session.next(SYSTEM, 1);
      requests++;
      system.forEach((vbs, i) => {
        const vb = vbs[0];
        if (vb && !isException(vb) && vb.oid === `${SYSTEM[i]}.0`) {
          const value = toSnmpValue(vb);
          if (value !== null) map.set(vb.oid, value);
        }
      });
      const sysObjectId = map.get('1.3.6.1.2.1.1.2.0');
      const roots = [...octetsFirst(INTERFACE_COLUMNS), ...EXTRA_ROOTS, ...vendorRoots(typeof sysObjectId === 'string' ? sysObjectId : null)];
      const walk = await walkRoots(session, roots, map, config.walk ?? DEFAULT_WALK);
      requests += walk.requests;
      const reading = parseReading(map, config.hints);
      return { ok: true, reason: null, data: { reading, polledAt: walk.firstReadAt ?? Date.now(), durationMs: Math.round(performance.now() - t0), requests } };
    } catch (err) {
      return failed(describeSnmpError(err), requests);
    } finally {
      session.close();
    }
  };
}
