import type { MessageShape } from './pt-br';

/** Anomaly list and chart marks; part of `en.ts`. */
export const anomaliesEn: MessageShape['anomalies'] = {
  title: 'Anomalies',
  none: 'No anomalies in the last 7 days.',
  device: 'Device',
  metric: 'Metric',
  value: 'Value',
  usual: 'Usual at this hour',
  since: 'Started',
  ongoing: 'ongoing',
  ended: 'ended {{when}}',
  up: 'above usual',
  down: 'below usual',
  metrics: { rtt: 'Latency', loss: 'Loss', traffic_in: 'Inbound traffic', traffic_out: 'Outbound traffic', signal: 'Signal' },
  usualBand: 'Usual range',
  expected: 'Expected',
  mark: 'Anomaly',
};
