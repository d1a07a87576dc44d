import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ErrorResponse } from '../../common-schema.js';
import type { AppDeps } from '../../app.js';
import { createNamesRepo } from '../../../db/repos/names.js';
import { createLinksView } from '../../../monitoring/links/links-view.js';
import { LinkList, LinksQuery } from './schema.js';

export const linkRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const { monitor, snmp } = deps.monitoring;
  const links = createLinksView({
    inventory: deps.services.inventory,
    names: createNamesRepo(deps.db.kysely),
    snmp: (id) => snmp.monitor.get(id),
    status: (id) => monitor.state(id)?.status,
    maintenance: (ids) => deps.alerting.maintenance.coveredIds(ids),
    maintenanceTtlMs: 30_000,
    onMaintenanceChange: (listener) => {
      deps.monitoring.bus.on('maintenance.changed', listener);
      app.addHook('onClose', async () => void deps.monitoring.bus.off('maintenance.changed', listener));
    },
    // Two missed cycles and a half: a device whose polls stopped no longer shows its old load.
    staleAfterMs: deps.config.SNMP_INTERVAL_SECONDS * 2500,
  });

  app.get(
    '',
    {
      schema: {
        tags: ['links'],
        description:
          'Backhaul links between towers: each device whose effective parent is on another tower, with live status and the figures of its last SNMP poll. ' +
          'Refetch on the live stream\'s `snmp-cycle` (figures) and `status` (link status) events.',
        querystring: LinksQuery,
        response: { 200: LinkList, 400: ErrorResponse },
      },
    },
    async (request) => {
      const items = await links.list({ towerId: request.query.towerId });
      return { items, total: items.length };
    },
  );
};
