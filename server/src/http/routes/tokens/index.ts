import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { hashToken, newToken } from '../../../auth/tokens.js';
import { toIso, toIsoOrNull } from '../../../db/types.js';
import { IdParams } from '../../common-schema.js';
import { invalid, notFound } from '../../errors.js';
import { currentUser } from '../../plugins/auth.js';
import type { AppDeps } from '../../app.js';
import { ApiTokenCreate, ApiTokenCreated, ApiTokenList, type ApiToken } from './schema.js';

/** Long-lived API tokens for scripts; each acts as the user it belongs to. */
export const tokenRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const { sessions, users } = deps.repos;
  const admin = { auth: 'admin' as const };
  const tags = ['tokens'];

  const list = async (): Promise<ApiToken[]> =>
    (await sessions.listApiTokens()).map((r) => ({
      id: r.id,
      name: r.name ?? '',
      userId: r.user_id,
      userEmail: r.email,
      createdAt: toIso(r.created_at),
      expiresAt: toIsoOrNull(r.expires_at),
      lastUsedAt: toIsoOrNull(r.last_used_at),
    }));

  app.get('', { config: admin, schema: { tags, response: { 200: ApiTokenList } } }, async () => ({ items: await list() }));

  app.post('', { config: admin, schema: { tags, body: ApiTokenCreate, response: { 201: ApiTokenCreated } } }, async (request, reply) => {
    const userId = request.body.userId ?? currentUser(request).id;
    if (!(await users.byId(userId))) throw invalid('UNKNOWN_USER', 'userId', `User ${userId} does not exist`);
    const token = newToken('tok');
    const days = request.body.expiresInDays;
    const row = await sessions.create({
      tokenHash: hashToken(token),
      userId,
      kind: 'api',
      name: request.body.name,
      expiresAt: days ? new Date(Date.now() + days * 86_400_000).toISOString() : null,
    });
    const apiToken = (await list()).find((t) => t.id === row.id);
    if (!apiToken) throw notFound('Token');
    return reply.status(201).send({ token, apiToken });
  });

  app.delete('/:id', { config: admin, schema: { tags, params: IdParams } }, async (request, reply) => {
    if (!(await sessions.removeApiToken(request.params.id))) throw notFound('Token');
    return reply.status(204).send();
  });
};
