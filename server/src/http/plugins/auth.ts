import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hashToken } from '../../auth/tokens.js';
import type { SessionsRepo } from '../../db/repos/sessions.js';
import { presentUser } from '../../db/repos/users.js';
import type { Role, User } from '../routes/auth/schema.js';
import { forbidden, unauthorized } from '../errors.js';

export const SESSION_COOKIE = 'torre_session';

/**
 * Who may call a route is a property of the route (`config.auth`), never of its URL:
 * - 'public': anyone;
 * - 'password-change': any signed-in user, even one who must still change the password;
 * - a role: that role or a higher one.
 * Without it, reads need `viewer` and writes need `operator`.
 */
export type RouteAuth = 'public' | 'password-change' | Role;

declare module 'fastify' {
  interface FastifyContextConfig {
    auth?: RouteAuth;
  }
  interface FastifyRequest {
    user: User | null;
    /** The session or API token this request came with. */
    sessionId: number | null;
  }
}

const RANK: Record<Role, number> = { viewer: 0, operator: 1, admin: 2 };

export function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim();
  return request.cookies[SESSION_COOKIE];
}

export function registerAuth(app: FastifyInstance, deps: { sessions: SessionsRepo }) {
  app.decorateRequest('user', null);
  app.decorateRequest('sessionId', null);

  app.addHook('onRequest', async (request: FastifyRequest, _reply: FastifyReply) => {
    const rule = request.routeOptions.config?.auth;
    // Routes outside the API (static files, the SPA) carry no rule and need no session.
    if (!request.routeOptions.url?.startsWith('/api/') && rule === undefined) return;
    if (rule === 'public') return;
    const token = bearerToken(request);
    if (!token) throw unauthorized();
    const found = await deps.sessions.findValid(hashToken(token));
    if (!found) throw unauthorized('UNAUTHORIZED', 'Session expired or invalid; sign in again');
    const lastUsed = found.session_last_used_at ? new Date(found.session_last_used_at).getTime() : 0;
    if (Date.now() - lastUsed > 60_000) await deps.sessions.touch(found.session_id);
    request.user = presentUser(found);
    request.sessionId = found.session_id;
    if (rule === 'password-change') return;
    if (request.user.mustChangePassword) {
      throw forbidden('PASSWORD_CHANGE_REQUIRED', 'Change your password before doing anything else');
    }
    const needed: Role = rule ?? (request.method === 'GET' || request.method === 'HEAD' ? 'viewer' : 'operator');
    if (RANK[request.user.role] < RANK[needed]) throw forbidden('FORBIDDEN', `This needs the ${needed} role`);
  });
}

/** The signed-in user of a route that requires one. */
export function currentUser(request: FastifyRequest): User {
  if (!request.user) throw unauthorized();
  return request.user;
}
