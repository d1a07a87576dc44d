import type { SnmpReading } from '../model.js';
import type { VarbindMap } from '../varbinds.js';
import { parseInterfaces } from './interfaces.js';
import { parseSystem } from './system.js';
import { parseWireless, type WirelessHints } from './wireless/index.js';

export { INTERFACE_COLUMNS, parseInterfaces } from './interfaces.js';
export { IF_TABLE, IFX_TABLE, SYSTEM_GROUP, vendorRoots } from './roots.js';
export { parseSystem } from './system.js';
export { parseWireless, type WirelessHints, type WirelessResult } from './wireless/index.js';

/** Everything one walk tells about a device: pure, so the tests feed it real recordings. */
export function parseReading(map: VarbindMap, hints: WirelessHints = {}): SnmpReading {
  const { radios, clients } = parseWireless(map, hints);
  return { system: parseSystem(map), interfaces: parseInterfaces(map), wireless: radios, clients };
}
