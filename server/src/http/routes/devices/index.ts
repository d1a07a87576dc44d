import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { presentDevice } from '../../../db/repos/devices.js';
import { ErrorResponse, IdParams } from '../../common-schema.js';
import type { AppDeps } from '../../app.js';
import { importReply, importRouteSchema } from '../../import-route.js';
import { BULK_ACTIONS, Device, DeviceBulk, DeviceBulkResult, DeviceCreate, DeviceList, DeviceListQuery, DevicePatch, LatencyQuery, LatencySeries, WorstQuery, isLiveSort, type Device as DeviceT } from './schema.js';
import { currentUser } from '../../plugins/auth.js';
import { byLastRound } from './live-sort.js';
import { latencySeries } from '../../../monitoring/latency.js';
import { invalid, notFound } from '../../errors.js';
import { seriesWindow } from '../../series-window.js';
import { seriesBand } from '../../../monitoring/anomaly/band.js';
import { reasonDevice } from '../monitoring/reason-device.js';

const IMPORT_BODY_LIMIT = 64 * 1024 * 1024;

export const deviceRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const { devices: service, importer } = deps.services;
  const tags = ['devices'];
  const errors = { 400: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
  /** Adds what lives in memory: the last round's figures, and whether maintenance covers the device now. */
  const liveAll = async (devices: DeviceT[]): Promise<DeviceT[]> => {
    const [covered, snap] = await Promise.all([deps.alerting.maintenance.coveredIds(devices.map((d) => d.id)), deps.services.inventory.get()]);
    return devices.map((d) => {
      const last = deps.monitoring.monitor.latest(d.id);
      const withLast = last ? { ...d, rttMs: last.rttMs, lossPercent: last.lossPercent, lastCheckAt: new Date(last.at).toISOString() } : d;
      return { ...withLast, maintenance: covered.has(d.id), statusReasonDevice: reasonDevice(snap, d.statusReason) };
    });
  };
  const live = async (d: DeviceT): Promise<DeviceT> => (await liveAll([d]))[0]!;

  app.addContentTypeParser(['text/csv', 'text/plain'], { parseAs: 'string', bodyLimit: IMPORT_BODY_LIMIT }, (_req, body, done) =>
    done(null, body),
  );

  app.get('', { schema: { tags, querystring: DeviceListQuery, response: { 200: DeviceList } } }, async (request) => {
    const { maintenance } = request.query;
    const within = maintenance === undefined ? undefined : { ids: await deps.alerting.maintenance.coveredNow(), exclude: !maintenance };
    const { sort } = request.query;
    if (isLiveSort(sort)) {
      // The last round's RTT and loss live in memory: sort every matching id there, then load one page.
      const ids = byLastRound(await deps.repos.devices.filteredIds(request.query, within), sort, (id) => deps.monitoring.monitor.latest(id));
      const offset = request.query.offset ?? 0;
      const page = ids.slice(offset, offset + (request.query.limit ?? 50));
      const rows = new Map((await deps.repos.devices.byIds(page)).map((r) => [r.id, r]));
      return { items: await liveAll(page.flatMap((id) => (rows.has(id) ? [presentDevice(rows.get(id)!)] : []))), total: ids.length };
    }
    const { items, total } = await deps.repos.devices.list(request.query, within);
    return { items: await liveAll(items.map((row) => presentDevice(row))), total };
  });

  app.post(
    '/bulk',
    {
      schema: {
        tags,
        description: 'One action on up to 1,000 devices, all or nothing: enable, disable, move to a tower, set the parent, or open a maintenance window for each.',
        body: DeviceBulk,
        response: { 200: DeviceBulkResult, 400: ErrorResponse },
      },
      // An unknown action matches no branch of the union, which would be reported against the whole body.
      preValidation: async (request) => {
        const action = (request.body as { action?: unknown } | null)?.action;
        if (!(BULK_ACTIONS as readonly unknown[]).includes(action)) throw invalid('VALIDATION', 'action', `must be one of: ${BULK_ACTIONS.join(', ')}`);
      },
    },
    async (request) => {
      const updated = await deps.services.devicesBulk.apply(request.body, currentUser(request).name);
      if (request.body.action === 'maintenance') deps.alerting.maintenance.changed();
      return { action: request.body.action, updated };
    },
  );

  app.get(
    '/worst',
    { schema: { tags, description: 'Enabled devices with the highest RTT or loss in the last round, highest first.', querystring: WorstQuery, response: { 200: DeviceList } } },
    async (request) => {
      const ids = await deps.monitoring.monitor.worst(request.query.by, request.query.limit ?? 10);
      const rows = new Map((await deps.repos.devices.byIds(ids)).map((r) => [r.id, r]));
      const items = await liveAll(
        ids.flatMap((id) => {
          const row = rows.get(id);
          return row ? [presentDevice(row)] : [];
        }),
      );
      return { items, total: items.length };
    },
  );

  app.get('/export.csv', { schema: { tags, produces: ['text/csv'] } }, async (_request, reply) => {
    const date = new Date().toISOString().slice(0, 10);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="devices-${date}.csv"`)
      .send(await importer.exportCsv());
  });

  app.post(
    '/import',
    { bodyLimit: IMPORT_BODY_LIMIT, schema: importRouteSchema(tags, 'CSV (text/csv) or a JSON array of rows; all or nothing. Existing hosts are updated.') },
    async (request, reply) => {
      const body = request.body;
      const { status, body: answer } = importReply(typeof body === 'string' ? await importer.importCsv(body) : await importer.importJson(body));
      return reply.status(status).send(answer);
    },
  );

  app.post('', { schema: { tags, body: DeviceCreate, response: { 201: Device, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await live(await service.create(request.body))),
  );
  app.get('/:id', { schema: { tags, params: IdParams, response: { 200: Device, 404: ErrorResponse } } }, async (request) => live(await service.get(request.params.id)));
  app.patch('/:id', { schema: { tags, params: IdParams, body: DevicePatch, response: { 200: Device, ...errors } } }, async (request) =>
    live(await service.update(request.params.id, request.body)),
  );
  app.get('/:id/latency', { schema: { tags, params: IdParams, querystring: LatencyQuery, response: { 200: LatencySeries, 404: ErrorResponse } } }, async (request) => {
    if (!(await deps.repos.devices.byId(request.params.id))) throw notFound('Device');
    const { from, to, now } = seriesWindow(request.query);
    const c = deps.config;
    const series = await latencySeries(deps.repos.pingSamples, {
      deviceId: request.params.id,
      from,
      to,
      now,
      step: request.query.step,
      rawSeconds: c.RAW_RETENTION_HOURS * 3600,
      fiveMinuteSeconds: c.LOG_RETENTION_DAYS * 86_400,
      intervalSeconds: c.PING_INTERVAL_SECONDS,
    });
    const { anomalies } = deps.monitoring;
    return { ...series, baseline: await seriesBand(deps.repos.anomalies, anomalies.options, request.params.id, 'rtt', from, to) };
  });

  app.delete('/:id', { schema: { tags, params: IdParams } }, async (request, reply) => {
    await service.remove(request.params.id);
    return reply.status(204).send();
  });
};
