import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect } from 'react';
import { ALERTS_QUERY_KEY } from '../features/alerts/api/get-alerts';
import { ANOMALIES_QUERY_KEY } from '../features/anomalies/api/get-anomalies';
import { MAINTENANCE_QUERY_KEY } from '../features/maintenance/api/get-maintenance-windows';
import { EVENTS_QUERY_KEY } from '../features/monitoring/api/get-events';
import { HEALTH_QUERY_KEY } from '../features/monitoring/api/get-health';
import { SUMMARY_QUERY_KEY } from '../features/monitoring/api/get-summary';
import { SNMP_QUERY_KEY } from '../features/snmp/api/get-device-snmp';
import { LINKS_QUERY_KEY } from '../features/towers/api/get-links';
import { SYNTHETIC_QUERY_KEY } from '../features/synthetic/api/get-synthetic-targets';
import { INCIDENTS_QUERY_KEY } from '../features/incidents/api/get-incidents';
import { subscribeLiveStream } from '../lib/live-stream';

const DEVICES: QueryKey = ['devices'];
/** Towers carry their status and per-status device counts; their events and availability sit under this key too. */
const TOWERS: QueryKey = ['towers'];

/** Status changes arrive in a burst at the end of a round; refetch once for the lot. */
const BATCH_MS = 300;

/**
 * One app-wide subscription to the server's live stream. Events only say "something changed";
 * the queries on screen refetch, so there is one source of truth and no polling.
 */
export function useLiveUpdates(): void {
  const client = useQueryClient();

  useEffect(() => {
    const pending = new Map<string, QueryKey>();
    let timer: ReturnType<typeof setTimeout> | undefined;

    const flush = () => {
      timer = undefined;
      for (const queryKey of pending.values()) void client.invalidateQueries({ queryKey });
      pending.clear();
    };
    const invalidate = (...keys: QueryKey[]) => {
      for (const key of keys) pending.set(JSON.stringify(key), key);
      timer ??= setTimeout(flush, BATCH_MS);
    };

    let opened = false;
    const unsubscribe = subscribeLiveStream({
      // Events missed while disconnected are not replayed: refresh on a reconnect.
      open: () => {
        if (opened) invalidate(SUMMARY_QUERY_KEY, EVENTS_QUERY_KEY, DEVICES, TOWERS, HEALTH_QUERY_KEY, SNMP_QUERY_KEY, ALERTS_QUERY_KEY, MAINTENANCE_QUERY_KEY, SYNTHETIC_QUERY_KEY, ANOMALIES_QUERY_KEY, LINKS_QUERY_KEY, INCIDENTS_QUERY_KEY);
        opened = true;
      },
      // A device's status moves its tower's counts and the status of the links it ends.
      // The dashboard's incidents and grouped changes follow statuses, alerts (acknowledged) and towers.
      status: () => invalidate(SUMMARY_QUERY_KEY, EVENTS_QUERY_KEY, DEVICES, TOWERS, LINKS_QUERY_KEY, INCIDENTS_QUERY_KEY),
      // The tower list's status column, the tower page, the map's colours.
      towerStatus: () => invalidate(TOWERS, LINKS_QUERY_KEY, INCIDENTS_QUERY_KEY),
      flapping: () => invalidate(DEVICES),
      // Every round moves RTT, loss and "last check" even when no status changes;
      // maintenance windows start and end by the clock, so their lists follow the rounds too.
      round: () => invalidate(SUMMARY_QUERY_KEY, DEVICES, HEALTH_QUERY_KEY, MAINTENANCE_QUERY_KEY),
      // Signal, CCQ and SNMP errors are list columns too.
      // Links' capacity, traffic, utilisation and signal come from the last poll.
      snmpCycle: () => invalidate(SNMP_QUERY_KEY, DEVICES, LINKS_QUERY_KEY),
      snmp: () => invalidate(SNMP_QUERY_KEY, DEVICES),
      // Opened, notified, suppressed, acknowledged, resolved: the lists and the sidebar count.
      alert: () => invalidate(ALERTS_QUERY_KEY, INCIDENTS_QUERY_KEY),
      // Badges on lists and the device page, the map's rings, the summary count.
      maintenance: () => invalidate(MAINTENANCE_QUERY_KEY, DEVICES, TOWERS, SUMMARY_QUERY_KEY, LINKS_QUERY_KEY),
      // Every round moves latencies and "since", and may change the internet verdict; the chart grows.
      synthetic: () => invalidate(SYNTHETIC_QUERY_KEY),
      // The dashboard list and the marks on device charts.
      anomaly: () => invalidate(ANOMALIES_QUERY_KEY),
    });
    return () => {
      unsubscribe();
      clearTimeout(timer);
    };
  }, [client]);
}
