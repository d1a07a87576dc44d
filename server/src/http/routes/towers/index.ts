import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { ErrorResponse, IdParams } from '../../common-schema.js';
import type { AppDeps } from '../../app.js';
import { Tower, TowerCreate, TowerList, TowerPatch, type Tower as TowerT } from './schema.js';

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
    return list.map((t) => ({ ...t, maintenance: count.get(t.id) ?? 0 }));
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
  app.delete('/:id', { schema: { tags, params: IdParams } }, async (request, reply) => {
    await towers.remove(request.params.id);
    return reply.status(204).send();
  });
};
