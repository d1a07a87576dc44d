import type { Alert } from '../db/repos/alerts.js';
import type { AlertView } from '../http/routes/alerts/schema.js';
import { messageIn, type Language } from './messages.js';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** An alert as the API, the live stream and webhooks show it; its message in `language` when given. */
export function presentAlert(a: Alert, language?: Language): AlertView {
  return {
    id: a.id,
    kind: a.kind,
    severity: a.severity,
    deviceId: a.deviceId,
    towerId: a.towerId,
    startedAt: new Date(a.startedAt).toISOString(),
    resolvedAt: iso(a.resolvedAt),
    acknowledgedAt: iso(a.acknowledgedAt),
    acknowledgedBy: a.acknowledgedBy,
    message: language ? messageIn(a, language) : a.message,
    suppressedBy: a.suppressedBy,
    notifiedAt: iso(a.notifiedAt),
    belowMinimum: a.details?.belowMinimum === true,
    affected: a.details?.affected ?? [],
    ifIndex: a.details?.ifIndex ?? null,
  };
}
