import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Anomaly } from '../../../db/repos/anomalies.js';
import { ErrorResponse } from '../../common-schema.js';
import type { AppDeps } from '../../app.js';
import { invalid } from '../../errors.js';
import { AnomalyList, AnomalyQuery, type AnomalyView } from './schema.js';

const iso = (ms: number) => new Date(ms).toISOString();

export function presentAnomaly(a: Anomaly & { deviceName?: string }): AnomalyView {
  const [metric, index] = a.series.split(':') as [AnomalyView['metric'], string | undefined];
  return {
    id: a.id,
    deviceId: a.deviceId,
    deviceName: a.deviceName ?? `#${a.deviceId}`,
    series: a.series,
    metric,
    index: index === undefined ? null : Number(index),
    startedAt: iso(a.startedAt),
    endedAt: a.endedAt === null ? null : iso(a.endedAt),
    direction: a.direction,
    value: a.value,
    expected: a.expected,
    spread: a.spread,
    peakZ: a.peakZ,
  };
}

export const anomalyRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  app.get('', { schema: { tags: ['anomalies'], description: 'Anomalies found on RTT, loss, traffic and signal, newest first.', querystring: AnomalyQuery, response: { 200: AnomalyList, 400: ErrorResponse } } }, async (request) => {
    const q = request.query;
    const from = q.from === undefined ? undefined : Date.parse(q.from);
    const to = q.to === undefined ? undefined : Date.parse(q.to);
    if (from !== undefined && to !== undefined && from >= to) throw invalid('VALIDATION', 'from', 'from must be before to');
    const items = await deps.repos.anomalies.list({ deviceId: q.deviceId, state: q.state ?? 'all', from, to, limit: q.limit ?? 100 });
    return { items: items.map(presentAnomaly) };
  });
};
