import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorResponse, IdParams } from '../../common-schema.js';
import type { AppDeps } from '../../app.js';
import { notFound } from '../../errors.js';
import { presentAlert } from '../../../alerting/alert-view.js';
import { canonicalType, roleOf, type DeviceType } from '../../../inventory/roles.js';
import type { DeviceStatus } from '../devices/schema.js';
import { AffectedList, AffectedQuery, AlertCount, AlertLanguage, AlertList, AlertQuery, AlertView } from './schema.js';
import Type from 'typebox';

export { presentAlert };

export const alertRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const tags = ['alerts'];
  app.get('', { schema: { tags, querystring: AlertQuery, response: { 200: AlertList } } }, async (request) => {
    const q = request.query;
    const items = await deps.repos.alerts.list({
      state: q.state,
      deviceId: q.deviceId,
      towerId: q.towerId,
      deviceType: q.type === undefined ? undefined : canonicalType(q.type),
      severity: q.severity,
      belowMinimum: q.belowMinimum,
      from: q.from ? Date.parse(q.from) : undefined,
      to: q.to ? Date.parse(q.to) : undefined,
      limit: q.limit ?? 100,
    });
    return {
      items: items.map((a) => ({ ...presentAlert(a, q.lang), deviceName: a.deviceName, deviceType: a.deviceType as DeviceType | null, towerName: a.towerName })),
    };
  });

  /** The open alerts counted, without listing them: every page's navigation shows this. */
  app.get('/count', { schema: { tags, response: { 200: AlertCount } } }, async () => deps.repos.alerts.countOpen());

  /** The devices a root alert took down with it (or, for the internet outage, filed under it), by name. */
  app.get(
    '/:id/affected',
    { schema: { tags, params: IdParams, querystring: AffectedQuery, response: { 200: AffectedList, 404: ErrorResponse } } },
    async (request) => {
      const alert = await deps.repos.alerts.byId(request.params.id);
      if (!alert) throw notFound('Alert');
      const ids = alert.details?.affected ?? [];
      if (ids.length === 0) return { total: 0, items: [] };
      const { items, total } = await deps.repos.devices.list({ sort: 'name', limit: request.query.limit ?? 100, offset: request.query.offset ?? 0 }, { ids, exclude: false });
      return {
        total,
        items: items.map((d) => ({
          id: d.id,
          name: d.name,
          host: d.host,
          type: d.type as DeviceType,
          role: roleOf(d.type as DeviceType),
          towerId: d.tower_id,
          towerName: d.tower_name,
          status: (d.status ?? 'unknown') as DeviceStatus,
        })),
      };
    },
  );

  app.post(
    '/:id/ack',
    { schema: { tags, params: IdParams, querystring: Type.Object({ lang: Type.Optional(AlertLanguage) }), response: { 200: AlertView, 404: ErrorResponse } } },
    async (request) => {
      const by = request.user?.name ?? request.user?.email ?? 'api';
      const alert = await deps.alerting.engine.acknowledge(request.params.id, by);
      if (!alert) throw notFound('Alert');
      return presentAlert(alert, request.query.lang);
    },
  );
};
