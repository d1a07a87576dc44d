import { isMikrotikObjectId, MIKROTIK_SYSTEM_ROOTS, UBIQUITI_SYSTEM_ROOTS } from './system.js';
import { AF60_ROOTS } from './wireless/af60.js';
import { AIRFIBER_ROOTS } from './wireless/airfiber.js';
import { AIRMAX_ROOTS } from './wireless/airmax.js';
import { LTU_ROOTS } from './wireless/ltu.js';
import { MIKROTIK_WIRELESS_ROOTS } from './wireless/mikrotik.js';

/** The system group and IF-MIB, which the prober walks for every device. */
export const SYSTEM_GROUP = '1.3.6.1.2.1.1';
export const IF_TABLE = '1.3.6.1.2.1.2.2';
export const IFX_TABLE = '1.3.6.1.2.1.31.1.1';

const MIKROTIK_ROOTS = [...MIKROTIK_SYSTEM_ROOTS, ...MIKROTIK_WIRELESS_ROOTS];
const UBIQUITI_ROOTS = [...UBIQUITI_SYSTEM_ROOTS, ...AIRMAX_ROOTS, ...AIRFIBER_ROOTS, ...LTU_ROOTS, ...AF60_ROOTS];

/**
 * The subtrees, besides the system group and IF-MIB, that the prober must walk for parseReading
 * to see everything it reads. Each list is built from the parsers' own OID constants, so a
 * parser cannot read an object the prober does not fetch.
 *
 * Ubiquiti radios answer with a generic Linux sysObjectID (1.3.6.1.4.1.10002.1, net-snmp's
 * 1.3.6.1.4.1.8072.3.2.10) as often as with 41112.*, so anything that is not MikroTik gets the
 * Ubiquiti roots: on another device each is an empty subtree, one request.
 */
export function vendorRoots(sysObjectId: string | null): string[] {
  return [...(isMikrotikObjectId(sysObjectId) ? MIKROTIK_ROOTS : UBIQUITI_ROOTS)];
}
