import type { AnomalyView } from '@server/http/routes/anomalies/schema.js';
import { formatMs, formatPercent } from '../../lib/format';
import { formatBps, formatDbm } from '../../lib/format-units';

/** A value of an anomaly's series in its own unit: ms, %, dBm or bit/s. */
export function formatAnomalyValue(a: Pick<AnomalyView, 'metric'>, value: number, locale: string): string {
  if (a.metric === 'rtt') return formatMs(value, locale);
  if (a.metric === 'loss') return formatPercent(value, locale);
  if (a.metric === 'signal') return formatDbm(value, locale);
  return formatBps(value, locale);
}
