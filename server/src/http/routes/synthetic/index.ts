import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { isUniqueViolation } from '../../../inventory/devices-service.js';
import { ErrorResponse, IdParams } from '../../common-schema.js';
import type { AppDeps } from '../../app.js';
import { conflict, notFound } from '../../errors.js';
import { seriesWindow } from '../../series-window.js';
import { runCheck } from '../../../monitoring/synthetic/check-runners.js';
import { SyntheticCreate, SyntheticHistory, SyntheticHistoryQuery, SyntheticList, SyntheticPatch, SyntheticTarget, SyntheticTestBody, SyntheticTestResult } from './schema.js';

const MAX_POINTS = 1000;

export const syntheticRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const tags = ['synthetic'];
  const repo = deps.repos.synthetic;
  const engine = deps.monitoring.synthetic;
  const duplicate = () => conflict('DUPLICATE_NAME', 'Another synthetic check already has this name', 'name');
  const unique = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (err) {
      if (isUniqueViolation(err)) throw duplicate();
      throw err;
    }
  };

  app.get('', { schema: { tags, description: 'Every check with its last result, and the upstream (internet) verdict of the last round.', response: { 200: SyntheticList } } }, async () => {
    const items = await repo.list();
    const last = engine.last();
    const external = items.filter((t) => t.enabled && t.external);
    return {
      items,
      upstream: last?.upstream ?? { external: external.length, failing: external.filter((t) => t.status === 'down').length, quorum: external.length, outage: false },
    };
  });

  app.post('', { schema: { tags, body: SyntheticCreate, response: { 201: SyntheticTarget, 400: ErrorResponse, 409: ErrorResponse } } }, async (request, reply) => {
    const b = request.body;
    const id = await unique(() => repo.insert({ name: b.name.trim(), check: b.check, external: b.external ?? true, enabled: b.enabled ?? true }));
    return reply.status(201).send((await repo.byId(id))!);
  });

  app.post(
    '/test',
    { schema: { tags, description: 'Runs a check once now without storing it: the form\'s "Test" button.', body: SyntheticTestBody, response: { 200: SyntheticTestResult } } },
    async (request) => {
      const o = await runCheck(deps.monitoring.syntheticRunners, 0, request.body.check, { log: request.log });
      return { ok: o.ok, reason: o.reason, latencyMs: o.latencyMs, detail: o.detail };
    },
  );

  app.get('/:id', { schema: { tags, params: IdParams, response: { 200: SyntheticTarget, 404: ErrorResponse } } }, async (request) => {
    const t = await repo.byId(request.params.id);
    if (!t) throw notFound('Synthetic check');
    return t;
  });

  app.patch('/:id', { schema: { tags, params: IdParams, body: SyntheticPatch, response: { 200: SyntheticTarget, 400: ErrorResponse, 404: ErrorResponse, 409: ErrorResponse } } }, async (request) => {
    const { id } = request.params;
    if (!(await repo.byId(id))) throw notFound('Synthetic check');
    const b = request.body;
    await unique(() => repo.update(id, { ...b, ...(b.name !== undefined && { name: b.name.trim() }) }));
    return (await repo.byId(id))!;
  });

  app.delete('/:id', { schema: { tags, description: 'Deletes the check and its history.', params: IdParams, response: { 204: Type.Null(), 404: ErrorResponse } } }, async (request, reply) => {
    if (!(await repo.remove(request.params.id))) throw notFound('Synthetic check');
    return reply.status(204).send(null);
  });

  app.get('/:id/history', { schema: { tags, params: IdParams, querystring: SyntheticHistoryQuery, response: { 200: SyntheticHistory, 400: ErrorResponse, 404: ErrorResponse } } }, async (request) => {
    if (!(await repo.byId(request.params.id))) throw notFound('Synthetic check');
    const { from, to } = seriesWindow(request.query);
    const step = Math.max(request.query.step ?? 0, Math.ceil((to - from) / MAX_POINTS), 1);
    const rows = await repo.series(request.params.id, from, to, step);
    const round = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);
    return {
      step,
      from: new Date(from * 1000).toISOString(),
      to: new Date(to * 1000).toISOString(),
      points: rows.map((r) => ({
        t: new Date(r.t * 1000).toISOString(),
        latencyMs: round(r.latencyMs),
        latencyMax: round(r.latencyMax),
        failedPercent: Math.round((r.failed / r.checks) * 1000) / 10,
        lossPercent: round(r.lossPercent),
        checks: r.checks,
      })),
    };
  });
};
