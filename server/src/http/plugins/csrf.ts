import type { FastifyInstance, FastifyRequest } from 'fastify';
import { HttpError } from '../errors.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Types a cross-site HTML form cannot send (it can only send urlencoded, multipart and
 * text/plain) and a cross-site fetch cannot send without a CORS preflight, which we never grant.
 */
const ALLOWED_TYPES = new Set(['application/json', 'text/csv']);

const crossOrigin = () =>
  new HttpError(403, 'CROSS_ORIGIN', 'Cross-origin request refused: send it from the Torre page itself, or with an API token (Authorization: Bearer)');

/**
 * CSRF protection for requests that change state with the session cookie. The cookie is
 * SameSite=Lax, which a same-site page (another port on the same host, a sibling subdomain)
 * does not stop, so:
 * - the request must come from our own origin: `Sec-Fetch-Site` says so in current browsers;
 *   failing that, `Origin` must name this host (or PUBLIC_URL). A request with neither is not
 *   from a browser that could be driven by another page (browsers send `Origin` on every
 *   cross-origin POST), as with Go's CrossOriginProtection;
 * - a body must be JSON or CSV, never a form's types.
 * Calls with `Authorization: Bearer` are untouched: a page cannot add that header cross-origin.
 * Sign-in is covered too, so another page cannot sign a browser into an account of its choosing.
 */
export function registerCsrf(app: FastifyInstance, opts: { publicUrl?: string }) {
  const publicHost = opts.publicUrl ? new URL(opts.publicUrl).host : null;

  const sameOrigin = (request: FastifyRequest): boolean => {
    const site = request.headers['sec-fetch-site'];
    // 'none': the user's own action (typed address, bookmark), not another page's.
    if (site !== undefined) return site === 'same-origin' || site === 'none';
    const origin = request.headers.origin;
    if (origin === undefined) return true;
    let host: string;
    try {
      host = new URL(origin).host;
    } catch {
      return false; // 'null' (sandboxed frames, data: pages) and garbage
    }
    return host === request.host || host === publicHost;
  };

  app.addHook('onRequest', async (request) => {
    if (SAFE_METHODS.has(request.method)) return;
    if (request.headers.authorization?.startsWith('Bearer ')) return;
    if (!sameOrigin(request)) throw crossOrigin();
    const header = request.headers['content-type'];
    const type = header?.split(';')[0]!.trim().toLowerCase();
    const hasBody = Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
    if (type === undefined ? hasBody : !ALLOWED_TYPES.has(type)) {
      throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', `Content-Type ${header ?? '(none)'} refused: send application/json, or text/csv for an import`, [
        { field: 'content-type', message: 'must be application/json or text/csv' },
      ]);
    }
  });
}
