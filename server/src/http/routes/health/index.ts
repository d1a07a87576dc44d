import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ping } from '../../../db/database.js';
import type { AppDeps } from '../../app.js';
import { ClientConfig, Health } from './schema.js';

export const healthRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  app.get(
    '/healthz',
    { config: { auth: 'public' }, schema: { tags: ['health'], response: { 200: Health, 503: Health } } },
    async (_request, reply) => {
      const reachable = await ping(deps.db);
      const { icmp, engine } = deps.monitoring;
      const round = engine.lastRound;
      const body = {
        status: reachable && icmp.available ? ('ok' as const) : ('degraded' as const),
        version: deps.version,
        database: { kind: deps.db.dialect, reachable },
        icmp,
        monitoring: {
          enabled: deps.config.MONITORING === 'on',
          intervalSeconds: deps.config.PING_INTERVAL_SECONDS,
          lastRoundAt: round ? new Date(round.at).toISOString() : null,
          lastRoundMs: round?.durationMs ?? null,
          overruns: engine.overruns,
        },
      };
      // 503 only when the database is gone: without fping the server still serves the inventory.
      return reply.status(reachable ? 200 : 503).send(body);
    },
  );

  app.get('/api/config', { config: { auth: 'public' }, schema: { tags: ['health'], response: { 200: ClientConfig } } }, async () => ({
    version: deps.version,
    defaultLanguage: deps.config.DEFAULT_LANGUAGE,
    mapTileUrl: deps.config.MAP_TILE_URL === 'off' ? null : deps.config.MAP_TILE_URL,
  }));
};
