import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { dummyHash, hashPassword, verifyPassword } from '../../../auth/passwords.js';
import { hashToken, newToken } from '../../../auth/tokens.js';
import { presentUser } from '../../../db/repos/users.js';
import { ErrorResponse } from '../../common-schema.js';
import { HttpError, invalid } from '../../errors.js';
import { SESSION_COOKIE, bearerToken, currentUser } from '../../plugins/auth.js';
import type { AppDeps } from '../../app.js';
import { LoginBody, LoginResponse, PasswordBody, User } from './schema.js';

const tooMany = (ms: number) =>
  new HttpError(429, 'RATE_LIMITED', `Too many failed sign-in attempts; try again in ${Math.ceil(ms / 60_000)} minute(s)`);

export const authRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const { users, sessions } = deps.repos;
  const { perIp, perAccount } = deps.loginLimiters;
  const ttlMs = deps.config.SESSION_TTL_HOURS * 3_600_000;

  app.post(
    '/login',
    {
      config: { auth: 'public' },
      schema: { tags: ['auth'], body: LoginBody, response: { 200: LoginResponse, 401: ErrorResponse, 429: ErrorResponse } },
    },
    async (request, reply) => {
      const email = request.body.email.trim().toLowerCase();
      const ipKey = request.ip;
      const wait = Math.max(perIp.retryAfter(ipKey), perAccount.retryAfter(email));
      if (wait > 0) {
        reply.header('retry-after', Math.ceil(wait / 1000));
        throw tooMany(wait);
      }
      const user = await users.byEmail(email);
      const ok = await verifyPassword(user?.password_hash ?? (await dummyHash()), request.body.password);
      if (!user || !ok) {
        perIp.fail(ipKey);
        perAccount.fail(email);
        throw new HttpError(401, 'INVALID_CREDENTIALS', 'Invalid email or password');
      }
      perAccount.reset(email);
      const token = newToken('ses');
      await sessions.create({ tokenHash: hashToken(token), userId: user.id, kind: 'session', expiresAt: new Date(Date.now() + ttlMs).toISOString() });
      const secure = deps.config.COOKIE_SECURE === 'auto' ? request.protocol === 'https' : deps.config.COOKIE_SECURE === 'true';
      reply.setCookie(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: ttlMs / 1000 });
      return { token, user: presentUser(user) };
    },
  );

  app.post('/logout', { config: { auth: 'password-change' }, schema: { tags: ['auth'] } }, async (request, reply) => {
    const token = bearerToken(request);
    if (token && token.startsWith('ses_')) await sessions.removeByHash(hashToken(token));
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.status(204).send();
  });

  app.get('/me', { config: { auth: 'password-change' }, schema: { tags: ['auth'], response: { 200: User } } }, async (request) =>
    currentUser(request),
  );

  app.post(
    '/password',
    {
      config: { auth: 'password-change' },
      schema: { tags: ['auth'], body: PasswordBody, response: { 200: User, 400: ErrorResponse, 429: ErrorResponse } },
    },
    async (request) => {
      const me = currentUser(request);
      const wait = perAccount.retryAfter(me.email);
      if (wait > 0) throw tooMany(wait);
      const row = await users.byId(me.id);
      if (!row || !(await verifyPassword(row.password_hash, request.body.currentPassword))) {
        perAccount.fail(me.email);
        throw invalid('WRONG_PASSWORD', 'currentPassword', 'The current password is wrong');
      }
      if (request.body.newPassword === request.body.currentPassword) {
        throw invalid('VALIDATION', 'newPassword', 'The new password must differ from the current one');
      }
      const updated = await users.update(me.id, { passwordHash: await hashPassword(request.body.newPassword), mustChangePassword: false });
      // Other browsers signed in with the old password are signed out; API tokens stay.
      await sessions.removeUserSessions(me.id, request.sessionId ?? undefined);
      return presentUser(updated ?? row);
    },
  );
};
