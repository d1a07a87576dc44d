import type { Db } from '../../server/src/db/database.js';
import { alertMessage } from '../../server/src/alerting/messages.js';
import { alertSeverity, atLeast, DEFAULT_SEVERITY_POLICY } from '../../server/src/alerting/severity.js';
import type { DeviceType } from '../../server/src/inventory/roles.js';
import { seedMap, type MapSeed } from './map-seed.js';

export interface WebSeed extends MapSeed {
  alerts: number;
  /** A tower with an AP down and customers out: the tower page's case. */
  busyTower: number;
}

const HOUR_MS = 3_600_000;

/**
 * The WISP of map-seed.ts grown to `devices` devices (more customer stations on each tower, on
 * 127.85.0.0/16 and up), with `alerts` open alerts as the alert engine would have left them:
 * the towers map-seed cut (uplink down, everything behind it unreachable), some APs down (their
 * customers unreachable), some PtP radios down and, most of all, customer stations down. Every
 * outage has its device status, its status events and one alert, ranked by the default
 * severity policy and worded as the server words it; one in five is acknowledged.
 */
export async function seedWeb(db: Db, opts: { towers: number; links: number; devices: number; alerts: number }): Promise<WebSeed> {
  // Routers, radios and two APs per tower are map-seed's; stations fill up to `devices`.
  const fixed = opts.towers * 3 + opts.links;
  const stationsPerTower = Math.max(1, Math.round((opts.devices - fixed) / opts.towers));
  const map = await seedMap(db, opts.towers, opts.links, { stationsPerTower, hostPrefix: '127.85' });
  const { ids } = map;
  const k = db.kysely;
  const now = Date.now();
  const towerOf = new Map<number, number>();
  ids.routers.forEach((id, i) => towerOf.set(id, i));
  ids.radios.forEach((r) => towerOf.set(r.id, r.tower));
  ids.aps.forEach((id, n) => towerOf.set(id, Math.floor(n / 2)));
  ids.stations.forEach((id, n) => towerOf.set(id, Math.floor(n / stationsPerTower)));
  const code = (tower: number) => `T${tower + 1}`;
  const apName = (n: number) => `AP-${code(Math.floor(n / 2))}-${(n % 2) + 1}`;
  const stationName = (n: number) => `CPE-${code(Math.floor(n / stationsPerTower))}-${(n % stationsPerTower) + 1}`;
  const onTower = (tower: number) => [...towerOf].filter(([, t]) => t === tower).map(([id]) => id);

  interface Outage {
    id: number;
    name: string;
    type: DeviceType;
    uplink: boolean;
    affected: number[];
  }
  const outages: Outage[] = [];
  // map-seed's cut towers: the uplink down, the rest of the tower unreachable.
  for (const tower of ids.downTowers) {
    const uplink = ids.uplinks.get(tower)!;
    outages.push({ id: uplink, name: ids.radios.find((r) => r.id === uplink)!.name, type: 'ptp', uplink: true, affected: onTower(tower).filter((id) => id !== uplink) });
  }
  const healthy = (tower: number) => !ids.downTowers.has(tower);
  // APs down on towers spread across the network, each taking its half of the tower's customers.
  const apsDown = Math.round(opts.alerts * 0.1);
  const downAps = new Set<number>();
  for (let n = 6; downAps.size < apsDown && n < ids.aps.length; n += 23) if (healthy(Math.floor(n / 2))) downAps.add(n);
  for (const n of downAps) {
    const tower = Math.floor(n / 2);
    const customers = ids.stations.filter((_, s) => Math.floor(s / stationsPerTower) === tower && (s % stationsPerTower) % 2 === n % 2);
    outages.push({ id: ids.aps[n]!, name: apName(n), type: 'ap', uplink: false, affected: customers });
  }
  // Backup PtP links down (not a tower's uplink: nothing hangs off them).
  const ptpDown = Math.round(opts.alerts * 0.07);
  const spare = ids.radios.filter((r) => healthy(r.tower) && ids.uplinks.get(r.tower) !== r.id);
  for (let i = 0; outages.length < ids.downTowers.size + downAps.size + ptpDown && i < spare.length; i += 17) {
    outages.push({ id: spare[i]!.id, name: spare[i]!.name, type: 'ptp', uplink: false, affected: [] });
  }
  // The rest: customer stations down one by one, on healthy towers, behind working APs.
  const shadowed = new Set(outages.flatMap((o) => o.affected));
  for (let s = 3; outages.length < opts.alerts && s < ids.stations.length; s += 47) {
    const id = ids.stations[s]!;
    if (healthy(Math.floor(s / stationsPerTower)) && !shadowed.has(id)) outages.push({ id, name: stationName(s), type: 'station', uplink: false, affected: [] });
  }

  // Started at spread over the last two days; the affected became unreachable at the same moment.
  const startedAt = outages.map((_, i) => now - Math.round(((i * 7919) % 2880) * 60_000) - 60_000);
  const events: { device_id: number; at: string; from_status: string; to_status: string; reason: string | null }[] = [];
  outages.forEach((o, i) => {
    const at = new Date(startedAt[i]!).toISOString();
    events.push({ device_id: o.id, at, from_status: 'up', to_status: 'down', reason: null });
    for (const id of o.affected) {
      events.push({ device_id: id, at, from_status: 'up', to_status: 'unreachable', reason: null });
    }
  });
  for (const [i, o] of outages.entries()) {
    const since = new Date(startedAt[i]!).toISOString();
    await k.updateTable('device_status').set({ status: 'down', since }).where('device_id', '=', o.id).execute();
    for (let j = 0; j < o.affected.length; j += 500) {
      await k.updateTable('device_status').set({ status: 'unreachable', since }).where('device_id', 'in', o.affected.slice(j, j + 500)).execute();
    }
  }
  for (let i = 0; i < events.length; i += 200) await k.insertInto('status_events').values(events.slice(i, i + 200)).execute();

  const rows = outages.map((o, i) => {
    const tower = towerOf.get(o.id)!;
    const severity = alertSeverity('down', { type: o.type, uplink: o.uplink }, DEFAULT_SEVERITY_POLICY);
    const sent = atLeast(severity, DEFAULT_SEVERITY_POLICY.minimum);
    const started = new Date(startedAt[i]!).toISOString();
    const acknowledged = i % 5 === 1;
    return {
      kind: 'down',
      subject: '',
      severity,
      device_id: o.id,
      tower_id: ids.towers[tower]!,
      started_at: started,
      resolved_at: null,
      acknowledged_at: acknowledged ? new Date(startedAt[i]! + HOUR_MS / 4).toISOString() : null,
      acknowledged_by: acknowledged ? 'admin@admin.com' : null,
      message: alertMessage('down', { device: o.name, tower: ids.towerNames[tower]!, affected: o.affected.length }, 'pt-BR'),
      suppressed_by: null,
      details: JSON.stringify({ affected: o.affected, ...(!sent && { belowMinimum: true }) }),
      notified_at: sent ? started : null,
    };
  });
  for (let i = 0; i < rows.length; i += 200) await k.insertInto('alerts').values(rows.slice(i, i + 200)).execute();
  const firstAp = [...downAps][0];
  return { ...map, alerts: rows.length, busyTower: ids.towers[firstAp === undefined ? 0 : Math.floor(firstAp / 2)]! };
}
