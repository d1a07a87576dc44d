import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorResponse, IdParams } from '../../common-schema.js';
import type { AppDeps } from '../../app.js';
import { notFound } from '../../errors.js';
import { presentAlert } from '../../../alerting/alert-view.js';
import { AlertList, AlertQuery, AlertView } from './schema.js';

export { presentAlert };

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
