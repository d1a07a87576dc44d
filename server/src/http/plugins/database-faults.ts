import type { FastifyInstance } from 'fastify';
import { databaseFault } from '../../db/db-faults.js';
import type { WriteHealth } from '../../db/write-health.js';

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Feeds API requests into the write health that /healthz reports: a request that hit a
 * database fault (answered 503 by the error handler) counts as refused, and a write that
 * succeeds shows the database takes writes again (with monitoring off, nothing else would).
 */
export function registerDatabaseFaults(app: FastifyInstance, writes: WriteHealth) {
  app.addHook('onError', async (request, _reply, err) => {
    if (databaseFault(err) !== null) writes.refused(`${request.method} ${request.routeOptions.url ?? request.url}`, err);
  });
  app.addHook('onResponse', async (request, reply) => {
    if (!READS.has(request.method) && reply.statusCode < 400) writes.succeeded();
  });
}
