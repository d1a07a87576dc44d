import type { Alert, AlertKind, AlertsRepo } from '../db/repos/alerts.js';
import type { DevicesRepo } from '../db/repos/devices.js';
import type { TowersRepo } from '../db/repos/towers.js';
import { descendants } from '../inventory/dependencies.js';
import type { InventorySnapshotCache } from '../inventory/snapshot.js';
import type { EventBus, FlappingChange, StatusChange } from '../monitoring/event-bus.js';
import type { SnmpEvent } from '../monitoring/snmp/state.js';
import type { SyntheticRound } from '../monitoring/synthetic/synthetic-engine.js';
import type { AnomalyChange } from '../monitoring/anomaly/anomaly-monitor.js';
import type { DeviceState } from '../monitoring/status-machine.js';
import { alertMessage, type AlertSubject, type Language } from './messages.js';
import type { DeviceType } from '../inventory/roles.js';
import { alertSeverity, atLeast, type SeverityPolicy } from './severity.js';
import { createFlappingAlerts } from './flapping.js';

export type NotifyPhase = 'open' | 'resolved' | 'repeat';


/** A radio alert resolves only this far past its limit, so a link hovering on it does not flap. */
const HYSTERESIS = { signal_low: 2, ccq_low: 5 } as const;

const keyOf = (deviceId: number | null, kind: AlertKind, subject: string) => `${deviceId ?? 0}|${kind}|${subject}`;

/**
 * Turns monitoring events into alerts: one open alert per device, kind and subject, resolved on
 * recovery. Root cause: a device whose parent (or tower uplink) is down is `unreachable` and
 * raises nothing of its own; the parent's alert counts its dependents. A device that goes down
 * while its parent is failing but not yet down is held, not notified, until the parent's
 * verdict: the parent going down suppresses it; the parent staying up releases it. A flapping
 * device has one flapping alert and none of its own besides (see flapping.ts).
 */
export function createAlertEngine(deps: {
  alerts: AlertsRepo;
  devices: Pick<DevicesRepo, 'byId'>;
  towers: Pick<TowersRepo, 'byId'>;
  inventory: InventorySnapshotCache;
  /** The status machine's memory of a device (its consecutive failures). */
  deviceState: (id: number) => DeviceState | undefined;
  bus: EventBus;
  language: Language;
  /** Rounds a child is held at most while its parent keeps failing without going down. */
  maxHoldRounds: number;
  /** The worst radio of a device at its last SNMP poll. */
  radio: (id: number) => { signalDbm: number | null; ccqPercent: number | null } | null;
  /** Signal below signalDbm or CCQ below ccqPercent for `polls` polls in a row opens an alert. */
  radioLimits: { signalDbm: number; ccqPercent: number; polls: number };
  /** Whether a maintenance window covers the device now (null: a global one is on): its alerts wait, unannounced, until it ends. */
  silenced: (deviceId: number | null, at: number) => Promise<boolean>;
  /** Whether a device's anomalies raise alerts (by type, or because it is a tower uplink). */
  anomalyAlerts: (deviceId: number) => Promise<boolean>;
  /**
   * A device outage that starts this close to the internet outage's start, before or after, is
   * its doing (the internet outage is seen up to a synthetic interval late). One that starts
   * later is the device's own, and is announced although the internet is still out.
   */
  upstreamWindowMs: number;
  /** Re-announce an open, unacknowledged alert this often (ms); 0 never. */
  repeatMs: number;
  /** Severities by device type and the minimum sent (the Settings page changes them). */
  policy: () => SeverityPolicy;
  /** Whether any device has answered a ping since the server started: until then no internet-outage alert (a fresh install, or fping not working). */
  anyAnswered: () => boolean;
  /** Delivers an alert's opening, reminder or recovery (the outbox); resolves once it is queued. `n` numbers reminders. */
  notify: (alert: Alert, phase: NotifyPhase, n?: number) => Promise<void>;
  log: { error: (o: object, m: string) => void; warn: (o: object, m: string) => void };
}) {
  const open = new Map<string, Alert>();
  /** Down alerts waiting for their parent's verdict: alert key → rounds held so far. */
  const held = new Map<string, number>();
  let queue: Promise<unknown> = Promise.resolve();
  const unsubscribe: (() => void)[] = [];

  const run = (what: string, fn: () => Promise<void>) => {
    queue = queue.then(fn).catch((err: unknown) => deps.log.error({ err, what }, 'alerting failed'));
  };
  const changed = (a: Alert) => deps.bus.emit('alert.changed', a);

  async function describe(deviceId: number) {
    const device = await deps.devices.byId(deviceId);
    const tower = device?.tower_id ? await deps.towers.byId(device.tower_id) : undefined;
    return { device: device?.name ?? `#${deviceId}`, tower: tower?.name ?? null, towerId: device?.tower_id ?? null };
  }

  /** What an alert on this device ranks as now (its type, and whether it is a tower uplink). */
  async function severityOf(kind: AlertKind, deviceId: number | null, roles?: Roles) {
    const r = roles ?? (await rolesNow());
    const type = deviceId === null ? undefined : r.types.get(deviceId);
    return alertSeverity(kind, type === undefined ? null : { type, uplink: r.uplinks.has(deviceId!) }, deps.policy());
  }
  type Roles = Awaited<ReturnType<typeof rolesNow>>;
  /** Built once per inventory snapshot: a storm of alerts does not rescan 20,000 devices each. */
  let rolesCache: { snap: object; types: Map<number, DeviceType>; uplinks: Set<number | null> } | null = null;
  async function rolesNow() {
    const snap = await deps.inventory.get();
    if (rolesCache?.snap !== snap) rolesCache = { snap, types: new Map(snap.devices.map((d) => [d.id, d.type])), uplinks: new Set(snap.graph.uplinks.values()) };
    return rolesCache;
  }

  async function openAlert(
    deviceId: number,
    kind: AlertKind,
    at: number,
    extra: { subject?: string; interface?: string | null; reason?: string | null; resolved?: boolean; value?: number; limit?: number; anomaly?: AlertSubject['anomaly'] } = {},
  ): Promise<Alert> {
    const subject = extra.subject ?? '';
    const existing = open.get(keyOf(deviceId, kind, subject));
    if (existing) return existing;
    const who = await describe(deviceId);
    const affected = kind === 'down' ? descendants((await deps.inventory.get()).graph, deviceId) : undefined;
    const text: AlertSubject = { device: who.device, tower: who.tower, affected: affected?.length, interface: extra.interface, reason: extra.reason, value: extra.value, limit: extra.limit, anomaly: extra.anomaly };
    const alert = await deps.alerts.open({
      kind,
      subject,
      severity: await severityOf(kind, deviceId),
      deviceId,
      towerId: who.towerId,
      startedAt: at,
      resolvedAt: extra.resolved ? at : null,
      message: alertMessage(kind, text, deps.language),
      suppressedBy: null,
      details: {
        ...(affected && { affected }),
        ...(extra.reason !== undefined && { reason: extra.reason }),
        ...(subject && kind !== 'anomaly' && { ifIndex: Number(subject) }),
        ...(extra.value !== undefined && { value: extra.value }),
        text,
      },
    });
    if (!extra.resolved) open.set(keyOf(deviceId, kind, subject), alert);
    changed(alert);
    return alert;
  }

  async function notify(alert: Alert, phase: NotifyPhase, at: number) {
    if (phase === 'open' && !atLeast(alert.severity, deps.policy().minimum)) {
      // Kept and listed, never sent; so neither its reminders nor its recovery are.
      if (!alert.details?.belowMinimum) {
        alert.details = { ...alert.details, belowMinimum: true };
        await deps.alerts.update(alert.id, { details: alert.details });
        changed(alert);
      }
      return;
    }
    await deps.notify(alert, phase);
    if (phase === 'open') {
      alert.notifiedAt = at;
      await deps.alerts.update(alert.id, { notifiedAt: at });
      changed(alert);
    }
  }

  /**
   * Reminders while an alert stays open and nobody acknowledged it. Numbered from the first
   * announcement, so a restart neither repeats one nor skips ahead.
   */
  const reminded = new Map<number, number>();
  async function remind(alert: Alert, at: number) {
    if (deps.repeatMs <= 0 || alert.notifiedAt === null || alert.acknowledgedAt !== null) return;
    const n = Math.floor((at - alert.notifiedAt) / deps.repeatMs);
    if (n < 1 || (reminded.get(alert.id) ?? 0) >= n) return;
    if (await deps.silenced(alert.deviceId, at)) return;
    reminded.set(alert.id, n);
    await deps.notify(alert, 'repeat', n);
  }

  /** Announces an alert now unless maintenance covers its device; then the round after the window does. */
  async function release(alert: Alert, at: number) {
    if (alert.notifiedAt !== null || alert.suppressedBy !== null || alert.resolvedAt !== null || alert.details?.belowMinimum) return;
    if (await deps.silenced(alert.deviceId, at)) return;
    if (await fileUnderInternet(alert)) return;
    await notify(alert, 'open', at);
  }

  const INTERNET = keyOf(null, 'internet', '');
  /** A device that stops answering as the internet goes out is (probably) reached over it: filed under it, not announced. */
  async function fileUnderInternet(alert: Alert): Promise<boolean> {
    const internet = open.get(INTERNET);
    if (!internet || alert === internet || alert.deviceId === null || (alert.kind !== 'down' && alert.kind !== 'degraded')) return false;
    if (Math.abs(alert.startedAt - internet.startedAt) > deps.upstreamWindowMs) return false;
    alert.suppressedBy = internet.id;
    await deps.alerts.update(alert.id, { suppressedBy: internet.id });
    changed(alert);
    const affected = [...new Set([...(internet.details?.affected ?? []), alert.deviceId])];
    internet.details = { ...internet.details, affected };
    await deps.alerts.update(internet.id, { details: internet.details });
    changed(internet);
    return true;
  }

  /** An anomaly on a device whose anomalies page (PtP links and uplinks by default): a warning alert while it lasts. */
  async function onAnomaly(e: AnomalyChange) {
    const { anomaly: a } = e;
    if (e.phase === 'ended') return resolve(a.deviceId, 'anomaly', a.endedAt ?? a.startedAt, a.series);
    if (!(await deps.anomalyAlerts(a.deviceId))) return;
    const alert = await openAlert(a.deviceId, 'anomaly', a.startedAt, { subject: a.series, anomaly: { series: a.series, value: a.value, expected: a.expected }, value: a.value });
    await release(alert, a.startedAt);
  }

  /**
   * The upstream verdict of each synthetic round: external targets failing while the network
   * inside answers opens one `internet` alert; device outages of the same moment are filed under
   * it. When it ends, the devices still down are announced on their own at the next round.
   */
  let quietLogged = false;
  async function onSynthetic(round: SyntheticRound) {
    const current = open.get(INTERNET);
    const { outage, failing, external } = round.upstream;
    if (outage && !current && !deps.anyAnswered()) {
      // Nothing inside has answered yet either: the verdict cannot tell the transit from this server.
      if (!quietLogged) deps.log.warn({ failing, external }, 'external checks fail, but no device has answered a ping since start (fresh install, or fping not working): no internet-outage alert until one does');
      quietLogged = true;
    } else if (outage && !current) {
      const alert = await deps.alerts.open({
        kind: 'internet',
        subject: '',
        severity: alertSeverity('internet', null, deps.policy()),
        deviceId: null,
        towerId: null,
        startedAt: round.at,
        resolvedAt: null,
        message: alertMessage('internet', { device: '', tower: null, failing, external }, deps.language),
        suppressedBy: null,
        details: { affected: [], failing, external, text: { device: '', tower: null, failing, external } },
      });
      open.set(INTERNET, alert);
      changed(alert);
      for (const a of [...open.values()]) if (a.suppressedBy === null && a.resolvedAt === null) await fileUnderInternet(a);
      if (!(await deps.silenced(null, round.at))) await notify(alert, 'open', round.at);
    } else if (!outage && current) {
      await resolve(null, 'internet', round.at);
      for (const a of open.values()) {
        if (a.suppressedBy !== current.id) continue;
        a.suppressedBy = null;
        await deps.alerts.update(a.id, { suppressedBy: null });
        changed(a);
      }
    }
  }

  async function resolve(deviceId: number | null, kind: AlertKind, at: number, subject = '') {
    const key = keyOf(deviceId, kind, subject);
    const alert = open.get(key);
    if (!alert) return;
    open.delete(key);
    held.delete(key);
    alert.resolvedAt = at;
    await deps.alerts.update(alert.id, { resolvedAt: at });
    changed(alert);
    // Only what was announced gets a recovery message.
    if (alert.notifiedAt !== null) await deps.notify(alert, 'resolved');
  }

  /** The nearest ancestor with an open down alert: the root cause a dependent's outage is filed under. */
  async function rootAlert(deviceId: number): Promise<Alert | null> {
    const snap = await deps.inventory.get();
    const seen = new Set<number>();
    for (let p = snap.parentOf(deviceId); p !== null && !seen.has(p); p = snap.parentOf(p)) {
      seen.add(p);
      const a = open.get(keyOf(p, 'down', ''));
      if (a) return a;
    }
    return null;
  }

  const flapping = createFlappingAlerts({
    alerts: deps.alerts,
    deviceState: deps.deviceState,
    openOf: (deviceId, kind) => open.get(keyOf(deviceId, kind, '')),
    forget: (a) => open.delete(keyOf(a.deviceId, a.kind, a.subject)),
    rootAlert,
    openAlert: (deviceId, kind, at) => openAlert(deviceId, kind, at),
    release,
    resolve: (deviceId, kind, at) => resolve(deviceId, kind, at),
    changed,
  });

  async function onStatus(e: StatusChange) {
    if (e.to === 'unreachable') await flapping.unreachable(e.deviceId, e.at);
    if (e.to === 'down' && flapping.quiet(e.deviceId) && !open.has(keyOf(e.deviceId, 'down', ''))) {
      // Flapping: no new down alert of its own.
    } else if (e.to === 'down') {
      const alert = await openAlert(e.deviceId, 'down', e.at);
      if (alert.suppressedBy !== null) {
        // Its parent is back and it is still down: its own outage now.
        alert.suppressedBy = null;
        await deps.alerts.update(alert.id, { suppressedBy: null });
        changed(alert);
      }
    } else if (e.to === 'unreachable') {
      const alert = open.get(keyOf(e.deviceId, 'down', ''));
      if (alert) {
        held.delete(keyOf(e.deviceId, 'down', ''));
        const root = await rootAlert(e.deviceId);
        alert.suppressedBy = root?.id ?? null;
        await deps.alerts.update(alert.id, { suppressedBy: alert.suppressedBy });
        changed(alert);
      }
    } else {
      await resolve(e.deviceId, 'down', e.at);
    }
    if (e.to === 'degraded') {
      if (!flapping.quiet(e.deviceId)) await release(await openAlert(e.deviceId, 'degraded', e.at), e.at);
    } else if (e.from === 'degraded') {
      await resolve(e.deviceId, 'degraded', e.at);
    }
  }

  async function onSnmp(e: SnmpEvent) {
    const status = deps.deviceState(e.deviceId)?.status;
    if (e.kind === 'interface.up') return resolve(e.deviceId, 'interface_down', e.at, String(e.ifIndex));
    if (e.kind === 'snmp.recovered') return resolve(e.deviceId, 'snmp_unreachable', e.at);
    // A device that is down says nothing by SNMP: its down alert already tells.
    if (status === 'down' || status === 'unreachable') return;
    let alert: Alert;
    if (e.kind === 'interface.down') alert = await openAlert(e.deviceId, 'interface_down', e.at, { subject: String(e.ifIndex), interface: e.detail?.split(':')[0] ?? null });
    else if (e.kind === 'snmp.error') alert = await openAlert(e.deviceId, 'snmp_unreachable', e.at, { reason: e.detail });
    else {
      // A reboot is over when it is known: announced at once, unless maintenance covers it.
      alert = await openAlert(e.deviceId, 'reboot', e.at, { resolved: true });
      if (!(await deps.silenced(e.deviceId, e.at))) await notify(alert, 'open', e.at);
      return;
    }
    await release(alert, e.at);
  }

  /** Polls in a row with a weak signal / low CCQ, per device. */
  const weak = { signal_low: new Map<number, number>(), ccq_low: new Map<number, number>() };

  async function onPolled(e: { deviceId: number; at: number; ok: boolean }) {
    if (!e.ok) return;
    const r = deps.radio(e.deviceId);
    const lim = deps.radioLimits;
    const checks = [
      { kind: 'signal_low' as const, value: r?.signalDbm ?? null, limit: lim.signalDbm },
      { kind: 'ccq_low' as const, value: r?.ccqPercent ?? null, limit: lim.ccqPercent },
    ];
    for (const c of checks) {
      const runs = weak[c.kind];
      if (c.value === null || c.value >= c.limit) {
        runs.delete(e.deviceId);
        if (c.value === null || c.value >= c.limit + HYSTERESIS[c.kind]) await resolve(e.deviceId, c.kind, e.at);
        continue;
      }
      const n = (runs.get(e.deviceId) ?? 0) + 1;
      runs.set(e.deviceId, n);
      if (n < lim.polls || open.has(keyOf(e.deviceId, c.kind, ''))) continue;
      await release(await openAlert(e.deviceId, c.kind, e.at, { value: Math.round(c.value), limit: c.limit }), e.at);
    }
  }

  /**
   * After each round: announce what waited. A down alert waits while its parent keeps failing
   * (up to maxHoldRounds); any alert waits while maintenance covers its device.
   */
  async function onRound(at: number) {
    const snap = await deps.inventory.get();
    await flapping.fileLate();
    for (const [key, alert] of [...open]) {
      // A dependent turned unreachable in the round its parent failed may have been handled
      // before the parent's alert existed (events come in device order): file it now.
      if (alert.kind === 'down' && alert.deviceId !== null && deps.deviceState(alert.deviceId)?.status === 'unreachable') {
        held.delete(key);
        if (alert.suppressedBy === null) {
          const root = await rootAlert(alert.deviceId);
          if (root) {
            alert.suppressedBy = root.id;
            await deps.alerts.update(alert.id, { suppressedBy: root.id });
            changed(alert);
          }
        }
        continue;
      }
      if (alert.notifiedAt !== null) {
        held.delete(key);
        await remind(alert, at);
        continue;
      }
      if (alert.suppressedBy !== null || alert.deviceId === null) {
        held.delete(key);
        continue;
      }
      if (alert.kind === 'down') {
        const parent = snap.parentOf(alert.deviceId);
        const ps = parent === null ? undefined : deps.deviceState(parent);
        const parentFailing = ps !== undefined && (ps.fails > 0 || ps.status === 'down' || ps.status === 'unreachable');
        const rounds = held.get(key) ?? 0;
        if (parentFailing && rounds < deps.maxHoldRounds) {
          held.set(key, rounds + 1);
          continue;
        }
      }
      held.delete(key);
      await release(alert, at);
    }
  }

  /**
   * A device's type or uplink role changed, or the severities did: open alerts take their new
   * severity. One now at or above the minimum that was kept unsent is announced, once.
   */
  async function reclassify(at: number) {
    const roles = await rolesNow();
    for (const alert of [...open.values()]) {
      const severity = await severityOf(alert.kind, alert.deviceId, roles);
      if (severity === alert.severity) continue;
      alert.severity = severity;
      const crossed = alert.details?.belowMinimum === true && atLeast(severity, deps.policy().minimum);
      if (crossed) alert.details = { ...alert.details, belowMinimum: false };
      await deps.alerts.update(alert.id, { severity, ...(crossed && { details: alert.details }) });
      changed(alert);
      if (crossed) await release(alert, at);
    }
  }

  return {
    /** Resumes the open alerts; the ones never announced wait for the next round's verdict. */
    async start() {
      for (const a of await deps.alerts.loadOpen()) open.set(keyOf(a.deviceId, a.kind, a.subject), a);
      const on = <A extends unknown[]>(name: Parameters<EventBus['on']>[0], fn: (...a: A) => void) => {
        deps.bus.on(name, fn as never);
        unsubscribe.push(() => deps.bus.off(name, fn as never));
      };
      on('status.changed', (e: StatusChange) => run('status', () => onStatus(e)));
      on('flapping.changed', (e: FlappingChange) => run('flapping', () => flapping.onFlag(e)));
      on('snmp.event', (e: SnmpEvent) => run('snmp', () => onSnmp(e)));
      on('snmp.polled', (e: { deviceId: number; at: number; ok: boolean }) => run('radio', () => onPolled(e)));
      on('round.completed', (e: { at: number }) => run('round', () => onRound(e.at)));
      on('synthetic.round', (e: SyntheticRound) => run('synthetic', () => onSynthetic(e)));
      on('anomaly.changed', (e: AnomalyChange) => run('anomaly', () => onAnomaly(e)));
    },
    /** Recomputes the open alerts' severities (after an inventory or settings change). */
    reclassify(at = Date.now()) {
      run('severity', () => reclassify(at));
      return queue;
    },
    /** Waits for every event received so far to be handled (tests, shutdown). */
    idle: () => queue,
    async stop() {
      for (const off of unsubscribe.splice(0)) off();
      await queue;
    },
    async acknowledge(id: number, by: string, at = Date.now()): Promise<Alert | null> {
      const alert = [...open.values()].find((a) => a.id === id) ?? (await deps.alerts.byId(id));
      if (!alert) return null;
      if (alert.acknowledgedAt === null) {
        alert.acknowledgedAt = at;
        alert.acknowledgedBy = by;
        await deps.alerts.update(id, { acknowledgedAt: at, acknowledgedBy: by });
        changed(alert);
      }
      return alert;
    },
    openAlerts: () => [...open.values()],
  };
}
export type AlertEngine = ReturnType<typeof createAlertEngine>;
