import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Alert } from '../../../db/repos/alerts.js';
import { ErrorResponse, IdParams } from '../../common-schema.js';
import type { AppDeps } from '../../app.js';
import { notFound } from '../../errors.js';
import { AlertList, AlertQuery, AlertView } from './schema.js';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export function presentAlert(a: Alert): AlertView {
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
    message: a.message,
    suppressedBy: a.suppressedBy,
    notifiedAt: iso(a.notifiedAt),
    affected: a.details?.affected ?? [],
    ifIndex: a.details?.ifIndex ?? null,
  };
}

export const alertRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const tags = ['alerts'];
  app.get('', { schema: { tags, querystring: AlertQuery, response: { 200: AlertList } } }, async (request) => {
    const q = request.query;
    const items = await deps.repos.alerts.list({
      state: q.state,
      deviceId: q.deviceId,
      from: q.from ? Date.parse(q.from) : undefined,
      to: q.to ? Date.parse(q.to) : undefined,
      limit: q.limit ?? 100,
    });
    return { items: items.map(presentAlert) };
  });

  app.post('/:id/ack', { schema: { tags, params: IdParams, response: { 200: AlertView, 404: ErrorResponse } } }, async (request) => {
    const by = request.user?.name ?? request.user?.email ?? 'api';
    const alert = await deps.alerting.engine.acknowledge(request.params.id, by);
    if (!alert) throw notFound('Alert');
    return presentAlert(alert);
  });
};
