import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import Type from 'typebox';
import { ErrorResponse } from '../../common-schema.js';
import type { AppDeps } from '../../app.js';
import { ImportErrorResponse, ImportResult } from '../devices/schema.js';

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
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags,
        description:
          'CSV (text/csv) or a JSON array of rows; all or nothing. A tower is matched by code, else by name, and updated; others are created. `uplink` is a host that may not exist yet: the device created with it later becomes the uplink.',
        consumes: ['text/csv', 'application/json'],
        body: Type.Union([Type.String(), Type.Array(Type.Unknown())]),
        response: { 200: ImportResult, 400: Type.Union([ImportErrorResponse, ErrorResponse]), 409: ErrorResponse },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const outcome = typeof body === 'string' ? await importer.importCsv(body) : await importer.importJson(body);
      if (!outcome.ok) {
        const n = new Set(outcome.lines.map((l) => l.line)).size;
        return reply.status(400).send({
          statusCode: 400,
          error: 'Bad Request',
          code: 'IMPORT_INVALID',
          message: `${n} line(s) have errors; nothing was imported`,
          lines: outcome.lines,
        });
      }
      return { created: outcome.created, updated: outcome.updated };
    },
  );
};
