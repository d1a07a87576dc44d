import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../app.js';
import { importReply, importRouteSchema } from '../../import-route.js';

const IMPORT_BODY_LIMIT = 16 * 1024 * 1024;

/** The tower CSV: export, and the all-or-nothing import (registered under /api/towers). */
export const towerCsvRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const importer = deps.services.towerImporter;
  const tags = ['towers'];

  app.addContentTypeParser(['text/csv', 'text/plain'], { parseAs: 'string', bodyLimit: IMPORT_BODY_LIMIT }, (_req, body, done) => done(null, body));

  app.get('/export.csv', { schema: { tags, produces: ['text/csv'] } }, async (_request, reply) => {
    const date = new Date().toISOString().slice(0, 10);
    return reply
      .header('content-type', 'text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="towers-${date}.csv"`)
      .send(await importer.exportCsv());
  });

  app.post(
    '/import',
    { bodyLimit: IMPORT_BODY_LIMIT, schema: importRouteSchema(tags, 'CSV (text/csv) or a JSON array of rows; all or nothing. A tower is matched by code, else by name, and updated; others are created. `uplink` is a host that may not exist yet: the device created with it later becomes the uplink.') },
    async (request, reply) => {
      const body = request.body;
      const { status, body: answer } = importReply(typeof body === 'string' ? await importer.importCsv(body) : await importer.importJson(body));
      return reply.status(status).send(answer);
    },
  );
};
