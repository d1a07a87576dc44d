import type { VarbindMap } from '../../varbinds.js';
import { parseAf60 } from './af60.js';
import { parseAirfiber } from './airfiber.js';
import { parseAirmax } from './airmax.js';
import { parseLtu } from './ltu.js';
import { parseMikrotik } from './mikrotik.js';
import type { WirelessHints, WirelessResult } from './result.js';

export type { WirelessHints, WirelessResult } from './result.js';

const PARSERS = [parseAirmax, parseAirfiber, parseLtu, parseAf60, parseMikrotik];

/**
 * Every vendor parser on the same map: each returns nothing when its MIB is absent, so the
 * caller needs no vendor switch, and a device that answers two MIBs reports both.
 */
export function parseWireless(map: VarbindMap, hints: WirelessHints = {}): WirelessResult {
  const parts = PARSERS.map((parse) => parse(map, hints));
  return { radios: parts.flatMap((p) => p.radios), clients: parts.flatMap((p) => p.clients) };
}
