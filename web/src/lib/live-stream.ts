import type { AlertView } from '@server/http/routes/alerts/schema.js';
import type { AnomalyView } from '@server/http/routes/anomalies/schema.js';
import type { StreamFlappingEvent, StreamMaintenanceEvent, StreamRoundEvent, StreamSnmpCycleEvent, StreamSnmpEvent, StreamStatusEvent, StreamSyntheticEvent, StreamTowerStatusEvent } from '@server/http/routes/monitoring/schema.js';

export interface LiveStreamHandlers {
  status?: (event: StreamStatusEvent) => void;
  flapping?: (event: StreamFlappingEvent) => void;
  round?: (event: StreamRoundEvent) => void;
  /** An SNMP poll cycle ended: interface, radio and client figures moved. */
  snmpCycle?: (event: StreamSnmpCycleEvent) => void;
  /** A reboot, a link going down or up, SNMP failing or answering again. */
  snmp?: (event: StreamSnmpEvent) => void;
  /** An alert opened, was notified, suppressed, acknowledged or resolved. */
  alert?: (event: AlertView) => void;
  /** A maintenance window was created or ended (here, in another browser, or from Telegram). */
  maintenance?: (event: StreamMaintenanceEvent) => void;
  /** A synthetic round ended: the internet verdict, and the checks whose status changed. */
  synthetic?: (event: StreamSyntheticEvent) => void;
  /** An anomaly started or ended. */
  anomaly?: (event: AnomalyView & { phase: 'started' | 'ended' }) => void;
  /** A tower's status changed (from its devices by role). */
  towerStatus?: (event: StreamTowerStatusEvent) => void;
  /** The stream (re)connected: anything that happened while it was down was missed. */
  open?: () => void;
}

export const STREAM_URL = '/api/stream';

/** Wait before rebuilding a stream the browser gave up on (a non-200 answer closes it for good). */
const REOPEN_DELAY_MS = 10_000;

function parse<T>(message: MessageEvent<string>): T | null {
  try {
    return JSON.parse(message.data) as T;
  } catch {
    return null;
  }
}

/**
 * Subscribes to the server's Server-Sent Events. EventSource reconnects on its own after a
 * dropped connection; after a refused one (401, 502 from a proxy) it stops, so we start over.
 * Returns the unsubscribe function.
 */
export function subscribeLiveStream(handlers: LiveStreamHandlers, url: string = STREAM_URL): () => void {
  let source: EventSource | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const open = () => {
    source = new EventSource(url, { withCredentials: true });
    source.addEventListener('open', () => handlers.open?.());
    source.addEventListener('status', (m) => {
      const event = parse<StreamStatusEvent>(m);
      if (event) handlers.status?.(event);
    });
    source.addEventListener('flapping', (m) => {
      const event = parse<StreamFlappingEvent>(m);
      if (event) handlers.flapping?.(event);
    });
    source.addEventListener('round', (m) => {
      const event = parse<StreamRoundEvent>(m);
      if (event) handlers.round?.(event);
    });
    source.addEventListener('snmp-cycle', (m) => {
      const event = parse<StreamSnmpCycleEvent>(m);
      if (event) handlers.snmpCycle?.(event);
    });
    source.addEventListener('snmp', (m) => {
      const event = parse<StreamSnmpEvent>(m);
      if (event) handlers.snmp?.(event);
    });
    source.addEventListener('alert', (m) => {
      const event = parse<AlertView>(m);
      if (event) handlers.alert?.(event);
    });
    source.addEventListener('maintenance', (m) => {
      const event = parse<StreamMaintenanceEvent>(m);
      if (event) handlers.maintenance?.(event);
    });
    source.addEventListener('synthetic', (m) => {
      const event = parse<StreamSyntheticEvent>(m);
      if (event) handlers.synthetic?.(event);
    });
    source.addEventListener('anomaly', (m) => {
      const event = parse<AnomalyView & { phase: 'started' | 'ended' }>(m);
      if (event) handlers.anomaly?.(event);
    });
    source.addEventListener('tower-status', (m) => {
      const event = parse<StreamTowerStatusEvent>(m);
      if (event) handlers.towerStatus?.(event);
    });
    source.addEventListener('error', () => {
      if (stopped || source?.readyState !== EventSource.CLOSED) return;
      source.close();
      timer = setTimeout(open, REOPEN_DELAY_MS);
    });
  };

  open();
  return () => {
    stopped = true;
    clearTimeout(timer);
    source?.close();
  };
}
