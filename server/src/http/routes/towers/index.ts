import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { ErrorResponse, IdParams } from '../../common-schema.js';
import type { AppDeps } from '../../app.js';
import { seriesWindow } from '../../series-window.js';
import { towerAvailability } from '../../../monitoring/towers/availability.js';
import { createNamesRepo } from '../../../db/repos/names.js';
import { towerPath } from '../../../inventory/tower-path.js';
import { AvailabilityQuery, Tower, TowerAvailability, TowerCreate, TowerEventList, TowerEventsQuery, TowerList, TowerPatch, TowerPath, type Tower as TowerT } from './schema.js';

export const towerRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const towers = deps.services.towers;
  const tags = ['towers'];
  const errors = { 400: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };
  /** Adds how many of each tower's enabled devices are in maintenance now. */
  const withMaintenance = async <T extends TowerT>(list: T[]): Promise<T[]> => {
    const snap = await deps.services.inventory.get();
    const onTowers = snap.devices.filter((d) => d.enabled && snap.graph.devices.get(d.id)?.towerId != null);
    const covered = await deps.alerting.maintenance.coveredIds(onTowers.map((d) => d.id));
    const count = new Map<number, number>();
    for (const d of onTowers) {
      const towerId = snap.graph.devices.get(d.id)!.towerId!;
      if (covered.has(d.id)) count.set(towerId, (count.get(towerId) ?? 0) + 1);
    }
    // The tower tracker's live verdicts; a tower created or changed a moment ago is computed first.
    await deps.monitoring.towers.fresh();
    return list.map((t) => {
      const s = deps.monitoring.towers.get(t.id);
      return {
        ...t,
        maintenance: count.get(t.id) ?? 0,
        status: s.status,
        statusSince: s.since === null ? null : new Date(s.since).toISOString(),
        reason: s.reason,
        reasonParts: s.reasonParts,
        infraDown: s.infraDown,
        customersDown: s.customersDown,
        customers: s.customers,
      };
    });
  };
  const one = async (t: TowerT) => (await withMaintenance([t]))[0]!;

  app.get('', { schema: { tags, querystring: Type.Object({ q: Type.Optional(Type.String({ maxLength: 200 })) }), response: { 200: TowerList } } }, async (request) => {
    const items = await withMaintenance(await towers.list(request.query.q));
    return { items, total: items.length };
  });
  app.post('', { schema: { tags, body: TowerCreate, response: { 201: Tower, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await one(await towers.create(request.body))),
  );
  app.get('/:id', { schema: { tags, params: IdParams, response: { 200: Tower, 404: ErrorResponse } } }, async (request) => one(await towers.get(request.params.id)));
  app.patch('/:id', { schema: { tags, params: IdParams, body: TowerPatch, response: { 200: Tower, ...errors } } }, async (request) =>
    one(await towers.update(request.params.id, request.body)),
  );
  app.get(
    '/:id/events',
    { schema: { tags, description: 'Status changes of the tower, newest first.', params: IdParams, querystring: TowerEventsQuery, response: { 200: TowerEventList, ...errors } } },
    async (request) => {
      await towers.get(request.params.id);
      const { from, to } = request.query;
      const range = from !== undefined || to !== undefined ? seriesWindow({ from, to }) : null;
      const window = range && { ...(from !== undefined && { from: range.from * 1000 }), ...(to !== undefined && { to: range.to * 1000 }) };
      return { items: await deps.repos.towerStatus.list({ towerId: request.params.id, ...window, limit: request.query.limit ?? 100 }) };
    },
  );
  app.get(
    '/:id/availability',
    {
      schema: {
        tags,
        description: 'Seconds in each status over [from, to) (default: the last 24 h), from the stored status changes. upPercent: up or degraded time over up, degraded and down time; maintenance and unknown time are left out.',
        params: IdParams,
        querystring: AvailabilityQuery,
        response: { 200: TowerAvailability, ...errors },
      },
    },
    async (request) => {
      await towers.get(request.params.id);
      const { from, to, now } = seriesWindow(request.query);
      // The future is not counted: a range reaching past now ends now.
      const end = Math.min(to, now) * 1000;
      const start = Math.min(from * 1000, end);
      const timeline = await deps.repos.towerStatus.timeline(request.params.id, start, end);
      return { from: new Date(from * 1000).toISOString(), to: new Date(to * 1000).toISOString(), ...towerAvailability(timeline.initial, timeline.changes, start, end) };
    },
  );
  const names = createNamesRepo(deps.db.kysely);
  app.get(
    '/:id/path',
    {
      schema: {
        tags,
        description: "The way the tower's service comes: its uplink, then each effective parent (a device's parent, else its tower's uplink), across towers, to the core. Live status of each. Empty without an uplink.",
        params: IdParams,
        response: { 200: TowerPath, 404: ErrorResponse },
      },
    },
    async (request) => {
      await towers.get(request.params.id);
      const snap = await deps.services.inventory.get();
      const ids = towerPath(snap.graph, request.params.id);
      const byId = new Map(snap.devices.map((d) => [d.id, d]));
      const [covered, towerNames] = await Promise.all([deps.alerting.maintenance.coveredIds(ids), names.towers()]);
      const items = ids.map((id) => {
        const d = byId.get(id)!;
        const towerId = snap.graph.devices.get(id)?.towerId ?? null;
        const status = d.enabled ? (deps.monitoring.monitor.state(id)?.status ?? 'unknown') : 'unknown';
        return { deviceId: id, name: d.name, host: d.host, type: d.type, status, maintenance: covered.has(id), towerId, towerName: towerId === null ? null : (towerNames.get(towerId) ?? null) };
      });
      return { items };
    },
  );
  app.delete('/:id', { schema: { tags, params: IdParams } }, async (request, reply) => {
    await towers.remove(request.params.id);
    return reply.status(204).send();
  });
};
