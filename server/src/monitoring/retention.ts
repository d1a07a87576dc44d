import type { DeviceStatusRepo } from '../db/repos/device-status.js';
import type { PingSamplesRepo } from '../db/repos/ping-samples.js';
import type { SnmpHistoryRepo } from '../db/repos/snmp-history.js';
import type { SnmpStateRepo } from '../db/repos/snmp-state.js';

/**
 * Expires history by age, every 10 minutes, in small device slices (see PingSamplesRepo.expire)
 * so it never holds the database for a whole round. Status events are kept as long as the
 * hourly rollups: they are few.
 */
export function createRetention(deps: {
  samples: PingSamplesRepo;
  snmpHistory: SnmpHistoryRepo;
  snmpEvents: Pick<SnmpStateRepo, 'expireEvents'>;
  /** Sent (or undeliverable) notifications are kept as long as the 5-minute rollups. */
  outbox?: { expire: (before: number) => Promise<number> };
  statuses: DeviceStatusRepo;
  /** Tower status changes: kept as long as the devices' (each tower's latest always). */
  towerEvents?: { expireEvents: (before: number) => Promise<unknown> };
  rawHours: number;
  fiveMinuteDays: number;
  hourlyDays: number;
  log: { info: (o: object, m: string) => void; error: (o: object, m: string) => void };
  everyMs?: number;
}) {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;

  async function runOnce(now = Date.now()) {
    const s = Math.floor(now / 1000);
    const raw = await deps.samples.expire('ping_samples', s - deps.rawHours * 3600);
    const m5 = await deps.samples.expire('ping_rollup_5m', s - deps.fiveMinuteDays * 86_400);
    const h1 = await deps.samples.expire('ping_rollup_1h', s - deps.hourlyDays * 86_400);
    const snmpRaw =
      (await deps.snmpHistory.expire('interface_samples', s - deps.rawHours * 3600)) + (await deps.snmpHistory.expire('wireless_samples', s - deps.rawHours * 3600));
    const snmp1h =
      (await deps.snmpHistory.expire('interface_rollup_1h', s - deps.hourlyDays * 86_400)) +
      (await deps.snmpHistory.expire('wireless_rollup_1h', s - deps.hourlyDays * 86_400));
    await deps.statuses.expireEvents(now - deps.hourlyDays * 86_400_000);
    await deps.towerEvents?.expireEvents(now - deps.hourlyDays * 86_400_000);
    await deps.snmpEvents.expireEvents(now - deps.hourlyDays * 86_400_000);
    await deps.outbox?.expire(now - deps.fiveMinuteDays * 86_400_000);
    if (raw + m5 + h1 + snmpRaw + snmp1h > 0) deps.log.info({ raw, m5, h1, snmpRaw, snmp1h }, 'expired old history');
  }

  return {
    runOnce,
    start() {
      timer = setInterval(() => {
        if (running) return;
        running = runOnce()
          .catch((err: unknown) => deps.log.error({ err }, 'history expiry failed'))
          .finally(() => {
            running = null;
          });
      }, deps.everyMs ?? 600_000);
      timer.unref();
    },
    stop() {
      if (timer) clearInterval(timer);
    },
  };
}
