import type { Db } from '../../server/src/db/database.js';
import { createSnmpStateRepo } from '../../server/src/db/repos/snmp-state.js';
import type { SnmpDeviceState } from '../../server/src/monitoring/snmp/state.js';

export interface MapSeed {
  towers: number;
  links: number;
  devices: number;
  /** What was written, for a bench that adds to it (web-seed.ts puts alerts on it). */
  ids: {
    towers: number[];
    towerNames: string[];
    routers: number[];
    /** The PtP radios, with the tower (index into `towers`) each stands on. */
    radios: { id: number; tower: number; name: string }[];
    /** Tower index → its uplink radio. */
    uplinks: Map<number, number>;
    /** Two per tower: tower i's are at 2i and 2i + 1. */
    aps: number[];
    /** `stationsPerTower` per tower, tower i's from i × stationsPerTower; each hangs off AP n % 2. */
    stations: number[];
    /** Tower indexes seeded with their uplink down. */
    downTowers: Set<number>;
  };
}

export interface MapSeedOptions {
  /** Customer stations on each tower (4 by default: 5,000 devices for 500 towers). */
  stationsPerTower?: number;
  /** The first two octets of every device's address (127.70 by default). */
  hostPrefix?: string;
}

/** A repeatable pseudo-random sequence, so every run draws the same network. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const CITIES = ['Serra', 'Vale', 'Morro', 'Rio', 'Campo', 'Lagoa', 'Pedra', 'Boa Vista', 'Santa Rita', 'São José', 'Alto', 'Ponte'];

/**
 * Fills a migrated database with a WISP of `towers` towers spread over about 300 × 300 km of
 * Minas Gerais, each with a router, three PtP radios (each hanging off the router of one of the
 * three nearest towers seen before it: about three links per tower), two APs and four stations,
 * all on 127.70.0.0/16 or `hostPrefix` (nothing is pinged: the benches run with MONITORING=off). Device statuses
 * and the radios' last SNMP poll are written as the server keeps them, so at start-up the links
 * have status, capacity, traffic and load, and a few towers are down.
 */
export async function seedMap(db: Db, towers: number, linksWanted: number, opts: MapSeedOptions = {}): Promise<MapSeed> {
  const perTower = opts.stationsPerTower ?? 4;
  const prefix = opts.hostPrefix ?? '127.70';
  const k = db.kysely;
  const rand = random(42);
  const now = new Date();
  const iso = now.toISOString();
  const sites = Array.from({ length: towers }, (_, i) => ({
    name: `${CITIES[i % CITIES.length]} ${String(i + 1).padStart(3, '0')}`,
    code: `T${i + 1}`,
    latitude: -19 - rand() * 2.7,
    longitude: -42 - rand() * 2.9,
  }));
  const towerIds: number[] = [];
  for (let i = 0; i < sites.length; i += 200) {
    const rows = await k
      .insertInto('towers')
      .values(sites.slice(i, i + 200).map((s) => ({ ...s, address: null, notes: null, uplink_device_id: null, pending_uplink_host: null, created_at: iso, updated_at: iso })))
      .returning('id')
      .execute();
    towerIds.push(...rows.map((r) => r.id));
  }

  // Nearest earlier towers, so links are short and form a mesh growing from the core.
  const nearest = (i: number, count: number): number[] =>
    Array.from({ length: i }, (_, j) => j)
      .sort((a, b) => dist(sites[a]!, sites[i]!) - dist(sites[b]!, sites[i]!))
      .slice(0, count);
  const parents: number[][] = sites.map((_, i) => nearest(i, 3));
  // Top up to the wanted count with a fourth neighbour where there is one.
  let total = parents.reduce((n, p) => n + p.length, 0);
  for (let i = sites.length - 1; i >= 4 && total < linksWanted; i--) {
    const extra = nearest(i, 4)[3];
    if (extra !== undefined) {
      parents[i]!.push(extra);
      total++;
    }
  }

  let host = 0;
  const nextHost = () => {
    host++;
    return `${prefix}.${host >> 8}.${host & 255}`;
  };
  type Row = { name: string; host: string; type: string; tower_id: number; parent_id: number | null };
  const insert = async (rows: Row[]): Promise<number[]> => {
    const ids: number[] = [];
    for (let i = 0; i < rows.length; i += 200) {
      const out = await k
        .insertInto('devices')
        .values(rows.slice(i, i + 200).map((r) => ({ ...r, vendor: null, model: null, enabled: 1, tags: '[]', notes: null, snmp: null, latency_threshold_ms: null, created_at: iso, updated_at: iso })))
        .returning('id')
        .execute();
      ids.push(...out.map((r) => r.id));
    }
    return ids;
  };
  // Routers first: every radio's parent is another tower's router.
  const routers = await insert(sites.map((s, i) => ({ name: `RB-${s.code}`, host: nextHost(), type: 'router', tower_id: towerIds[i]!, parent_id: null })));
  const radioRows: Row[] = [];
  const radioTower: number[] = [];
  sites.forEach((s, i) =>
    parents[i]!.forEach((p) => {
      radioRows.push({ name: `PTP-${s.code}-${sites[p]!.code}`, host: nextHost(), type: 'ptp', tower_id: towerIds[i]!, parent_id: routers[p]! });
      radioTower.push(i);
    }),
  );
  const radios = await insert(radioRows);
  // The first radio of each tower is its uplink; the router depends on it through the tower.
  const uplinkOf = new Map<number, number>();
  radios.forEach((id, r) => {
    if (!uplinkOf.has(radioTower[r]!)) uplinkOf.set(radioTower[r]!, id);
  });
  for (const [i, id] of uplinkOf) await k.updateTable('towers').set({ uplink_device_id: id }).where('id', '=', towerIds[i]!).execute();
  const aps = await insert(sites.flatMap((s, i) => [1, 2].map((n) => ({ name: `AP-${s.code}-${n}`, host: nextHost(), type: 'ap', tower_id: towerIds[i]!, parent_id: routers[i]! }))));
  const stations = await insert(
    sites.flatMap((s, i) => Array.from({ length: perTower }, (_, n) => ({ name: `CPE-${s.code}-${n + 1}`, host: nextHost(), type: 'station', tower_id: towerIds[i]!, parent_id: aps[i * 2 + (n % 2)]! }))),
  );

  // One tower in 40 has its uplink down: the tower down, what hangs off it unreachable.
  const downTowers = new Set(sites.map((_, i) => i).filter((i) => i > 0 && i % 40 === 0 && uplinkOf.has(i)));
  const statusRows: { device_id: number; status: string; since: string; flapping: number; reason: string | null }[] = [];
  const put = (id: number, tower: number, uplink = false) =>
    statusRows.push({ device_id: id, status: downTowers.has(tower) ? (uplink ? 'down' : 'unreachable') : 'up', since: iso, flapping: 0, reason: null });
  routers.forEach((id, i) => put(id, i));
  radios.forEach((id, r) => put(id, radioTower[r]!, uplinkOf.get(radioTower[r]!) === id));
  aps.forEach((id, n) => put(id, Math.floor(n / 2)));
  stations.forEach((id, n) => put(id, Math.floor(n / perTower)));
  for (let i = 0; i < statusRows.length; i += 200) await k.insertInto('device_status').values(statusRows.slice(i, i + 200)).execute();

  // The radios' last poll: a 300 Mbit/s-ish radio carrying mostly little, some a lot.
  const states: SnmpDeviceState[] = radios.map((deviceId) => {
    const capacity = (150 + Math.round(rand() * 300)) * 1e6;
    const roll = rand();
    const load = roll < 0.7 ? rand() * 0.5 : roll < 0.9 ? 0.5 + rand() * 0.3 : 0.8 + rand() * 0.2;
    const inBps = Math.round(capacity * load);
    return {
      deviceId,
      polledAt: now.getTime(),
      okAt: now.getTime(),
      error: null,
      errorSince: null,
      system: null,
      interfaces: [
        {
          ifIndex: 1,
          name: 'ath0',
          alias: null,
          descr: 'ath0',
          type: 71,
          adminStatus: 'up',
          operStatus: 'up',
          speedBps: null,
          inBps,
          outBps: Math.round(inBps * 0.3),
          inErrors: 0,
          outErrors: 0,
          inDiscards: 0,
          outDiscards: 0,
          counters: { bits: 64, inOctets: '0', outOctets: '0', inErrors: 0, outErrors: 0, inDiscards: 0, outDiscards: 0 },
        },
      ],
      wireless: [
        { ifIndex: 1, mode: 'ptp', ssid: null, frequencyMhz: 5800, channelWidthMhz: 40, signalDbm: -45 - Math.round(rand() * 30), noiseDbm: -95, snrDb: 40, ccqPercent: 95, txRateBps: capacity, rxRateBps: capacity, clients: 1, distanceMeters: 8000, txPowerDbm: 20 },
      ],
      clients: [],
      signalDbm: null,
      ccqPercent: null,
    } as SnmpDeviceState;
  });
  await createSnmpStateRepo(k).save(states, []);
  return {
    towers,
    links: radios.length,
    devices: routers.length + radios.length + aps.length + stations.length,
    ids: {
      towers: towerIds,
      towerNames: sites.map((s) => s.name),
      routers,
      radios: radios.map((id, r) => ({ id, tower: radioTower[r]!, name: radioRows[r]!.name })),
      uplinks: uplinkOf,
      aps,
      stations,
      downTowers,
    },
  };
}

const dist = (a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }) => (a.latitude - b.latitude) ** 2 + (a.longitude - b.longitude) ** 2;
