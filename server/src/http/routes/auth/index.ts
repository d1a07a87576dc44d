import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { PasswordsBusyError } from '../../../auth/passwords.js';
import type { LoginAttempt } from '../../../auth/login-limiter.js';
import { hashToken, newToken } from '../../../auth/tokens.js';
import { presentUser } from '../../../db/repos/users.js';
import { ErrorResponse } from '../../common-schema.js';
import { HttpError, invalid } from '../../errors.js';
import { SESSION_COOKIE, bearerToken, currentUser } from '../../plugins/auth.js';
import type { AppDeps } from '../../app.js';
import { LoginBody, LoginResponse, PasswordBody, User } from './schema.js';

const tooMany = (ms: number) =>
  new HttpError(
    429,
    'RATE_LIMITED',
    ms < 60_000 ? `Too many failed sign-in attempts; try again in ${Math.ceil(ms / 1000)} second(s)` : `Too many failed sign-in attempts; try again in ${Math.ceil(ms / 60_000)} minute(s)`,
  );

/** Refuses an attempt over a limit (with Retry-After), or returns the counted one. */
function allowed(attempt: LoginAttempt, reply: FastifyReply): Extract<LoginAttempt, { allowed: true }> {
  if (attempt.allowed) return attempt;
  reply.header('retry-after', Math.ceil(attempt.retryAfterMs / 1000));
  throw tooMany(attempt.retryAfterMs);
}

/**
 * Runs a password check; when the hashing queue is full the attempt is given back and the answer
 * is 429, not 503: a flood must not write a warning line per request to the log.
 */
async function checked<T>(attempt: Extract<LoginAttempt, { allowed: true }> | null, reply: FastifyReply, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (!(err instanceof PasswordsBusyError)) throw err;
    attempt?.cancelled();
    reply.header('retry-after', 1);
    throw new HttpError(429, 'BUSY', err.message);
  }
}

export const authRoutes: FastifyPluginAsyncTypebox<AppDeps> = async (app, deps) => {
  const { users, sessions } = deps.repos;
  const { loginLimiter, passwords } = deps;
  const ttlMs = deps.config.SESSION_TTL_HOURS * 3_600_000;

  app.post(
    '/login',
    {
      config: { auth: 'public' },
      schema: { tags: ['auth'], body: LoginBody, response: { 200: LoginResponse, 401: ErrorResponse, 429: ErrorResponse } },
    },
    async (request, reply) => {
      const email = request.body.email.trim().toLowerCase();
      // Counted now, before any await: parallel requests see each other's attempts.
      const attempt = allowed(loginLimiter.begin(email, request.ip), reply);
      const user = await users.byEmail(email);
      const hash = user?.password_hash ?? (await passwords.dummyHash());
      const ok = await checked(attempt, reply, () => passwords.verify(hash, request.body.password));
      if (!user || !ok) throw new HttpError(401, 'INVALID_CREDENTIALS', 'Invalid email or password');
      attempt.succeeded();
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
    async (request, reply) => {
      const me = currentUser(request);
      // A stolen session must not become a way around the sign-in limits.
      const attempt = allowed(loginLimiter.begin(me.email, request.ip), reply);
      const row = await users.byId(me.id);
      if (!row || !(await checked(attempt, reply, () => passwords.verify(row.password_hash, request.body.currentPassword)))) {
        throw invalid('WRONG_PASSWORD', 'currentPassword', 'The current password is wrong');
      }
      attempt.succeeded();
      if (request.body.newPassword === request.body.currentPassword) {
        throw invalid('VALIDATION', 'newPassword', 'The new password must differ from the current one');
      }
      const passwordHash = await checked(null, reply, () => passwords.hash(request.body.newPassword));
      const updated = await users.update(me.id, { passwordHash, mustChangePassword: false });
      // Other browsers signed in with the old password are signed out; API tokens stay.
      await sessions.removeUserSessions(me.id, request.sessionId ?? undefined);
      return presentUser(updated ?? row);
    },
  );
};
