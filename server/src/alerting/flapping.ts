import type { Alert, AlertKind, AlertsRepo } from '../db/repos/alerts.js';
import type { FlappingChange } from '../monitoring/event-bus.js';
import type { DeviceState } from '../monitoring/status-machine.js';

/**
 * A flapping device's alerts: one flapping alert while the flag is up, and no down or degraded
 * alert of its own meanwhile. It ends when the device becomes unreachable (filed under the root
 * cause's alert, with no recovery sent: it did not recover) or when the flag comes down; a device
 * then stably down or degraded gets that alert. The alert engine calls it from its own queue.
 */
export function createFlappingAlerts(deps: {
  alerts: Pick<AlertsRepo, 'update'>;
  deviceState: (id: number) => DeviceState | undefined;
  /** The device's open alert of this kind, if any. */
  openOf: (deviceId: number, kind: AlertKind) => Alert | undefined;
  /** Forgets an open alert that ended. */
  forget: (alert: Alert) => void;
  /** The nearest ancestor's open down alert. */
  rootAlert: (deviceId: number) => Promise<Alert | null>;
  openAlert: (deviceId: number, kind: AlertKind, at: number) => Promise<Alert>;
  release: (alert: Alert, at: number) => Promise<void>;
  resolve: (deviceId: number, kind: AlertKind, at: number) => Promise<void>;
  changed: (alert: Alert) => void;
}) {
  /**
   * Devices flagged flapping whose flapping alert ended because they became unreachable (or
   * that were unreachable when flagged): their next outage is their own again.
   */
  const outage = new Set<number>();
  /** Ended flapping alerts whose root's alert had not opened yet (events come in device order). */
  const unfiled: Alert[] = [];

  return {
    /** Whether the device's own down/degraded alerts wait: also in the round the flag goes up (its status change is handled before the flag's). */
    quiet: (deviceId: number) => deps.openOf(deviceId, 'flapping') !== undefined || (deps.deviceState(deviceId)?.flapping === true && !outage.has(deviceId)),

    /** The device became unreachable: its flapping alert ends, filed under the root cause. */
    async unreachable(deviceId: number, at: number) {
      outage.add(deviceId);
      const alert = deps.openOf(deviceId, 'flapping');
      if (!alert) return;
      deps.forget(alert);
      alert.resolvedAt = at;
      alert.suppressedBy = (await deps.rootAlert(deviceId))?.id ?? null;
      if (alert.suppressedBy === null) unfiled.push(alert);
      await deps.alerts.update(alert.id, { resolvedAt: at, suppressedBy: alert.suppressedBy });
      deps.changed(alert);
    },

    /** After a round: files the flapping alerts that ended before their root's alert existed. */
    async fileLate() {
      for (const alert of unfiled.splice(0)) {
        const root = alert.deviceId === null ? null : await deps.rootAlert(alert.deviceId);
        if (!root) continue;
        alert.suppressedBy = root.id;
        await deps.alerts.update(alert.id, { suppressedBy: root.id });
        deps.changed(alert);
      }
    },

    /** The flag went up (none while unreachable: the root cause tells) or came down (stable). */
    async onFlag(e: FlappingChange) {
      const status = deps.deviceState(e.deviceId)?.status;
      outage.delete(e.deviceId);
      if (e.flapping) {
        if (status === 'unreachable') return void outage.add(e.deviceId);
        await deps.release(await deps.openAlert(e.deviceId, 'flapping', e.at), e.at);
        return;
      }
      await deps.resolve(e.deviceId, 'flapping', e.at);
      // A down alert waits for the round's verdict on its parent, as any other.
      if (status === 'down') await deps.openAlert(e.deviceId, 'down', e.at);
      if (status === 'degraded') await deps.release(await deps.openAlert(e.deviceId, 'degraded', e.at), e.at);
    },
  };
}
