import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { hashPassword } from '../../../auth/passwords.js';
import { presentUser } from '../../../db/repos/users.js';
import { isUniqueViolation } from '../../../inventory/devices-service.js';
import { ErrorResponse, IdParams } from '../../common-schema.js';
import { conflict, notFound } from '../../errors.js';
import { currentUser } from '../../plugins/auth.js';
import type { AppDeps } from '../../app.js';
import { User } from '../auth/schema.js';
import { UserCreate, UserList, UserPatch } from './schema.js';

export const userRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const { users } = deps.repos;
  const admin = { auth: 'admin' as const };
  const tags = ['users'];

  async function keepOneAdmin(id: number, losingAdmin: boolean) {
    const row = await users.byId(id);
    if (!row) throw notFound('User');
    if (losingAdmin && row.role === 'admin' && (await users.countAdmins()) <= 1) {
      throw conflict('LAST_ADMIN', 'At least one admin must remain');
    }
  }

  app.get('', { config: admin, schema: { tags, response: { 200: UserList } } }, async () => {
    const items = (await users.list()).map(presentUser);
    return { items, total: items.length };
  });

  app.post('', { config: admin, schema: { tags, body: UserCreate, response: { 201: User, 409: ErrorResponse } } }, async (request, reply) => {
    const b = request.body;
    if (await users.byEmail(b.email)) throw conflict('DUPLICATE_EMAIL', 'A user with this email exists', 'email');
    try {
      const row = await users.create({
        email: b.email,
        name: b.name,
        role: b.role,
        passwordHash: await hashPassword(b.password),
        mustChangePassword: b.mustChangePassword ?? true,
        language: b.language ?? null,
      });
      return reply.status(201).send(presentUser(row));
    } catch (err) {
      if (isUniqueViolation(err)) throw conflict('DUPLICATE_EMAIL', 'A user with this email exists', 'email');
      throw err;
    }
  });

  app.get('/:id', { config: admin, schema: { tags, params: IdParams, response: { 200: User } } }, async (request) => {
    const row = await users.byId(request.params.id);
    if (!row) throw notFound('User');
    return presentUser(row);
  });

  app.patch('/:id', { config: admin, schema: { tags, params: IdParams, body: UserPatch, response: { 200: User } } }, async (request) => {
    const b = request.body;
    await keepOneAdmin(request.params.id, b.role !== undefined && b.role !== 'admin');
    const row = await users.update(request.params.id, {
      name: b.name,
      role: b.role,
      language: b.language,
      ...(b.password !== undefined && { passwordHash: await hashPassword(b.password), mustChangePassword: b.mustChangePassword ?? true }),
      ...(b.password === undefined && b.mustChangePassword !== undefined && { mustChangePassword: b.mustChangePassword }),
    });
    if (!row) throw notFound('User');
    if (b.password !== undefined) await deps.repos.sessions.removeUserSessions(row.id);
    return presentUser(row);
  });

  app.delete('/:id', { config: admin, schema: { tags, params: IdParams } }, async (request, reply) => {
    if (request.params.id === currentUser(request).id) throw conflict('SELF_DELETE', 'You cannot delete your own account');
    await keepOneAdmin(request.params.id, true);
    await users.remove(request.params.id);
    return reply.status(204).send();
  });
};
