import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AppDeps } from '../../app.js';
import { devicesTemplate, towersTemplate } from '../../../inventory/csv-templates.js';

/** Example import files, downloadable from the import page (registered under /api/templates). */
export const templateRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app) => {
  const tags = ['import'];
  for (const [file, body] of [
    ['towers.csv', towersTemplate()],
    ['devices.csv', devicesTemplate()],
  ] as const) {
    app.get(`/${file}`, { schema: { tags, description: `A ${file} to fill in and import: the header and two example rows.`, produces: ['text/csv'] } }, async (_request, reply) =>
      reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${file.replace('.csv', '-template.csv')}"`).send(body),
    );
  }
};
