import { sql, type Kysely } from 'kysely';
import type { Database } from '../types.js';
import { toIso } from '../types.js';
import { existingDeviceIds } from './existing-devices.js';
import type { SnmpDeviceState, SnmpEvent, SnmpEventKind } from '../../monitoring/snmp/state.js';

const ms = (v: Date | string | null) => (v === null ? null : new Date(v).getTime());
const json = <T>(v: string | null, empty: T): T => (v === null ? empty : (JSON.parse(v) as T));

/** The latest SNMP poll of each device, and the log of SNMP events. */
export function createSnmpStateRepo(db: Kysely<Database>) {
  function toRow(s: SnmpDeviceState) {
    return {
      device_id: s.deviceId,
      polled_at: toIso(new Date(s.polledAt)),
      ok_at: s.okAt === null ? null : toIso(new Date(s.okAt)),
      error: s.error,
      error_since: s.errorSince === null ? null : toIso(new Date(s.errorSince)),
      system: s.system === null ? null : JSON.stringify(s.system),
      interfaces: JSON.stringify(s.interfaces),
      wireless: JSON.stringify(s.wireless),
      clients: JSON.stringify(s.clients),
      signal_dbm: s.signalDbm,
      ccq_percent: s.ccqPercent,
    };
  }
  return {
    async loadAll(): Promise<SnmpDeviceState[]> {
      const rows = await db.selectFrom('snmp_state').selectAll().execute();
      return rows.map((r) => ({
        deviceId: r.device_id,
        polledAt: new Date(r.polled_at).getTime(),
        okAt: ms(r.ok_at),
        error: r.error,
        errorSince: ms(r.error_since),
        system: json(r.system, null),
        interfaces: json(r.interfaces, []),
        wireless: json(r.wireless, []),
        clients: json(r.clients, []),
        signalDbm: r.signal_dbm,
        ccqPercent: r.ccq_percent,
      }));
    },
    /**
     * Saves polled states and their events together; devices deleted meanwhile are left out
     * (their rows would break the foreign key and, with it, everyone's writes).
     */
    async save(states: SnmpDeviceState[], events: SnmpEvent[]): Promise<void> {
      if (states.length === 0 && events.length === 0) return;
      await db.transaction().execute(async (tx) => {
        const existing = await existingDeviceIds(tx, states.map((s) => s.deviceId));
        const rows = states.filter((s) => existing.has(s.deviceId)).map(toRow);
        for (let i = 0; i < rows.length; i += 200) {
          await tx
            .insertInto('snmp_state')
            .values(rows.slice(i, i + 200))
            .onConflict((oc) =>
              oc.column('device_id').doUpdateSet((eb) => ({
                polled_at: eb.ref('excluded.polled_at'),
                ok_at: eb.ref('excluded.ok_at'),
                error: eb.ref('excluded.error'),
                error_since: eb.ref('excluded.error_since'),
                system: eb.ref('excluded.system'),
                interfaces: eb.ref('excluded.interfaces'),
                wireless: eb.ref('excluded.wireless'),
                clients: eb.ref('excluded.clients'),
                signal_dbm: eb.ref('excluded.signal_dbm'),
                ccq_percent: eb.ref('excluded.ccq_percent'),
              })),
            )
            .execute();
        }
        const evs = events.filter((e) => existing.has(e.deviceId));
        for (let i = 0; i < evs.length; i += 500) {
          await tx
            .insertInto('snmp_events')
            .values(evs.slice(i, i + 500).map((e) => ({ device_id: e.deviceId, at: toIso(new Date(e.at)), kind: e.kind, if_index: e.ifIndex, detail: e.detail })))
            .execute();
        }
      });
    },
    async events(o: { deviceId?: number; from?: number; to?: number; limit: number }): Promise<SnmpEvent[]> {
      let q = db.selectFrom('snmp_events').selectAll().orderBy('at', 'desc').orderBy('id', 'desc').limit(o.limit);
      if (o.deviceId !== undefined) q = q.where('device_id', '=', o.deviceId);
      if (o.from !== undefined) q = q.where('at', '>=', toIso(new Date(o.from)));
      if (o.to !== undefined) q = q.where('at', '<', toIso(new Date(o.to)));
      return (await q.execute()).map((r) => ({ deviceId: r.device_id, at: new Date(r.at).getTime(), kind: r.kind as SnmpEventKind, ifIndex: r.if_index, detail: r.detail }));
    },
    async remove(deviceIds: number[]): Promise<void> {
      for (let i = 0; i < deviceIds.length; i += 500) await db.deleteFrom('snmp_state').where('device_id', 'in', deviceIds.slice(i, i + 500)).execute();
    },
    expireEvents: async (before: number) => {
      await db.deleteFrom('snmp_events').where('at', '<', toIso(new Date(before))).execute();
    },
    /** Worst signal and CCQ per device, for the equipment list. */
    async radioSummary(): Promise<Map<number, { signalDbm: number | null; ccqPercent: number | null; error: string | null }>> {
      const rows = await sql<{ device_id: number; signal_dbm: number | null; ccq_percent: number | null; error: string | null }>`
        select device_id, signal_dbm, ccq_percent, error from snmp_state`.execute(db);
      return new Map(rows.rows.map((r) => [r.device_id, { signalDbm: r.signal_dbm, ccqPercent: r.ccq_percent, error: r.error }]));
    },
  };
}
export type SnmpStateRepo = ReturnType<typeof createSnmpStateRepo>;
