import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../app.js';
import { ErrorResponse } from '../../common-schema.js';
import { notFound } from '../../errors.js';
import { createIncidentsService } from '../../../monitoring/incidents/incidents-service.js';
import { AffectedList, AffectedQuery, ChangeList, ChangesQuery, IncidentList } from './schema.js';

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** The dashboard's "Now": open root causes, what each takes out, and the changes to group. */
export const incidentRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const tags = ['incidents'];
  const incidents = createIncidentsService({
    inventory: deps.services.inventory,
    deviceState: (id) => deps.monitoring.monitor.state(id),
    openAlerts: () => deps.alerting.engine.openAlerts(),
    towerStatus: (id) => deps.monitoring.towers.get(id).status,
    maintenance: (ids) => deps.alerting.maintenance.coveredIds(ids),
    towers: deps.repos.towers,
    statuses: deps.repos.deviceStatus,
  });

  app.get('', { schema: { tags, description: 'Open root causes (the internet, a tower, a device), worst first, with the towers, infrastructure and customers each takes out.', response: { 200: IncidentList } } }, async () => ({
    items: await incidents.list(),
  }));

  app.get('/affected', { schema: { tags, description: 'The devices an open incident takes out, its causes first.', querystring: AffectedQuery, response: { 200: AffectedList, 404: ErrorResponse } } }, async (request) => {
    const items = await incidents.affected(request.query.key);
    if (!items) throw notFound('Incident');
    return { items: items.map((d) => ({ ...d, since: iso(d.since) })) };
  });

  app.get('/changes', { schema: { tags, description: 'Status changes, newest first, each naming the device it depends on.', querystring: ChangesQuery, response: { 200: ChangeList } } }, async (request) => ({
    items: await incidents.changes(request.query.limit ?? 100),
  }));
};
