import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { ErrorResponse, IdParams } from '../../common-schema.js';
import type { AppDeps } from '../../app.js';
import { Tower, TowerCreate, TowerList, TowerPatch } from './schema.js';

export const towerRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const towers = deps.services.towers;
  const tags = ['towers'];
  const errors = { 400: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse };

  app.get('', { schema: { tags, querystring: Type.Object({ q: Type.Optional(Type.String({ maxLength: 200 })) }), response: { 200: TowerList } } }, async (request) => {
    const items = await towers.list(request.query.q);
    return { items, total: items.length };
  });
  app.post('', { schema: { tags, body: TowerCreate, response: { 201: Tower, ...errors } } }, async (request, reply) =>
    reply.status(201).send(await towers.create(request.body)),
  );
  app.get('/:id', { schema: { tags, params: IdParams, response: { 200: Tower, 404: ErrorResponse } } }, async (request) => towers.get(request.params.id));
  app.patch('/:id', { schema: { tags, params: IdParams, body: TowerPatch, response: { 200: Tower, ...errors } } }, async (request) =>
    towers.update(request.params.id, request.body),
  );
  app.delete('/:id', { schema: { tags, params: IdParams } }, async (request, reply) => {
    await towers.remove(request.params.id);
    return reply.status(204).send();
  });
};
