import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { pingReason } from '../../../db/database.js';
import type { AppDeps } from '../../app.js';
import { ClientConfig, Health } from './schema.js';

export const healthRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  app.get(
    '/healthz',
    { config: { auth: 'public' }, schema: { tags: ['health'], response: { 200: Health, 503: Health } } },
    async (_request, reply) => {
      const unreachable = await pingReason(deps.db);
      const reachable = unreachable === null;
      const { icmp, engine } = deps.monitoring;
      const writes = deps.monitoring.writes.snapshot();
      const round = engine.lastRound;
      const reasons = [
        ...(reachable ? [] : [`database unreachable: ${unreachable}`]),
        ...(writes.failing ? [`database writes failing since ${writes.since}: ${writes.lastError}`] : []),
        ...(icmp.available ? [] : [`ICMP monitoring cannot run: ${icmp.reason}`]),
      ];
      const body = {
        status: reasons.length === 0 ? ('ok' as const) : ('degraded' as const),
        reasons,
        version: deps.version,
        database: { kind: deps.db.dialect, reachable, reason: unreachable, writes },
        icmp,
        monitoring: {
          enabled: deps.config.MONITORING === 'on',
          intervalSeconds: deps.config.PING_INTERVAL_SECONDS,
          lastRoundAt: round ? new Date(round.at).toISOString() : null,
          lastRoundMs: round?.durationMs ?? null,
          overruns: engine.overruns,
        },
      };
      // 503 only when the database is gone: without fping, or with writes failing (a full disk),
      // the server still serves the inventory and history, so a proxy should keep sending to it.
      return reply.status(reachable ? 200 : 503).send(body);
    },
  );

  app.get('/api/config', { config: { auth: 'public' }, schema: { tags: ['health'], response: { 200: ClientConfig } } }, async () => ({
    version: deps.version,
    defaultLanguage: deps.config.DEFAULT_LANGUAGE,
    mapTileUrl: deps.config.MAP_TILE_URL === 'off' ? null : deps.config.MAP_TILE_URL,
  }));
};
