import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { nextOccurrence, occurrenceAt, windowTimes } from '../../../alerting/maintenance.js';
import type { NamedMaintenanceWindow } from '../../../db/repos/maintenance.js';
import { currentUser } from '../../plugins/auth.js';
import { ErrorResponse, IdParams } from '../../common-schema.js';
import type { AppDeps } from '../../app.js';
import { invalid, notFound } from '../../errors.js';
import { MaintenanceCreate, MaintenanceList, MaintenanceQuery, MaintenanceView } from './schema.js';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export function presentMaintenance(w: NamedMaintenanceWindow, now: number): MaintenanceView {
  return {
    id: w.id,
    scope: w.scope,
    targetId: w.targetId,
    targetName: w.targetName,
    startsAt: new Date(w.startsAt).toISOString(),
    endsAt: new Date(w.endsAt).toISOString(),
    recurrence: w.recurrence,
    reason: w.reason,
    createdBy: w.createdBy,
    createdAt: new Date(w.createdAt).toISOString(),
    endedAt: iso(w.endedAt),
    active: occurrenceAt(w, now) !== null,
    nextStartsAt: iso(nextOccurrence(w, now)?.start ?? null),
  };
}

export const maintenanceRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const tags = ['maintenance'];
  const windows = deps.repos.maintenance;

  /** A device or tower window must name one that exists; a global one names none. */
  async function checkTarget(scope: MaintenanceCreate['scope'], targetId: number | undefined): Promise<number | null> {
    if (scope === 'global') {
      if (targetId !== undefined) throw invalid('VALIDATION', 'targetId', 'a global window has no target');
      return null;
    }
    if (targetId === undefined) throw invalid('VALIDATION', 'targetId', `a ${scope} window needs the ${scope}'s id`);
    const found = scope === 'device' ? await deps.repos.devices.byId(targetId) : await deps.repos.towers.byId(targetId);
    if (!found) throw invalid(scope === 'device' ? 'UNKNOWN_DEVICE' : 'UNKNOWN_TOWER', 'targetId', `${scope === 'device' ? 'Device' : 'Tower'} ${targetId} does not exist`);
    return targetId;
  }

  app.get('', { schema: { tags, querystring: MaintenanceQuery, response: { 200: MaintenanceList } } }, async (request) => {
    const now = Date.now();
    const items = await windows.list({ state: request.query.state, limit: request.query.limit ?? 200 }, now);
    return { items: items.map((w) => presentMaintenance(w, now)) };
  });

  app.post('', { schema: { tags, body: MaintenanceCreate, response: { 201: MaintenanceView, 400: ErrorResponse } } }, async (request, reply) => {
    const b = request.body;
    const now = Date.now();
    const recurrence = b.recurrence ?? null;
    const times = windowTimes(
      { startsAt: b.startsAt === undefined ? undefined : Date.parse(b.startsAt), endsAt: b.endsAt === undefined ? undefined : Date.parse(b.endsAt), durationMinutes: b.durationMinutes, recurrence },
      now,
    );
    if (!times.ok) throw invalid('VALIDATION', times.field, times.message);
    const targetId = await checkTarget(b.scope, b.targetId);
    const reason = b.reason?.trim() || null;
    const created = await windows.create({ scope: b.scope, targetId, startsAt: times.startsAt, endsAt: times.endsAt, recurrence, reason, createdBy: currentUser(request).name, createdAt: now });
    deps.alerting.maintenance.changed();
    return reply.status(201).send(presentMaintenance(created, now));
  });

  app.delete('/:id', { schema: { tags, description: 'Ends the window now (one not started yet never starts).', params: IdParams, response: { 204: Type.Null(), 404: ErrorResponse } } }, async (request, reply) => {
    if (!(await windows.end(request.params.id, Date.now()))) throw notFound('Maintenance window');
    deps.alerting.maintenance.changed();
    return reply.status(204).send(null);
  });
};
