import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fastifyStatic from '@fastify/static';

/** A year: what browsers and proxies may keep a file whose name changes with its content. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Kept, but asked about again each time (answered 304 when unchanged). */
export const REVALIDATE = 'no-cache';

/**
 * The service worker (sw.js, and the Workbox runtime it imports) and the manifest keep their
 * names across releases: `no-cache` makes the browser ask again on every update check, so a new
 * release's worker is found at once (browsers also cap a worker's cache at a day).
 *
 * Vite writes every bundled file as `assets/<name>-<hash>.<ext>`; only those may be cached for
 * good. Anything else (index.html, files copied from web/public such as a service worker or a
 * manifest) keeps its name across releases and must be revalidated.
 */
export function cacheControlFor(relativePath: string): string {
  const file = relativePath.split(path.sep).join('/').replace(/\.(br|gz)$/, '');
  return /^assets\/[^/]+-[\w-]{8,}\.\w+$/.test(file) ? IMMUTABLE : REVALIDATE;
}

/**
 * The built web app (web/dist) at /, and what answers a path nothing else does: unknown API
 * paths and missing assets are 404 JSON, anything else is a page of the single-page app
 * (index.html). Files are sent as the .br or .gz the build wrote beside them when the client
 * accepts that encoding (`Vary: Accept-Encoding`), as they are otherwise.
 */
export async function registerStaticFiles(app: FastifyInstance, opts: { webDir: string | null }) {
  const { webDir } = opts;
  const index = webDir ? path.join(webDir, 'index.html') : null;
  const serving = Boolean(webDir && index && fs.existsSync(index));
  if (webDir && serving) {
    await app.register(fastifyStatic, {
      root: webDir,
      // One route per file found at start-up; the compressed copies are variants, not routes.
      wildcard: false,
      globIgnore: ['**/*.br', '**/*.gz'],
      index: false,
      preCompressed: true,
      cacheControl: false,
      setHeaders: (reply: FastifyReply, file: string) => {
        reply.header('cache-control', cacheControlFor(path.relative(webDir, file)));
      },
    });
    app.get('/', { config: { auth: 'public' }, schema: { hide: true } }, (_req, reply) => reply.sendFile('index.html'));
  }
  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0]!;
    // A missing asset (an old hash after an upgrade) must not be answered with a page.
    const notAPage = pathname.startsWith('/api/') || pathname.startsWith('/assets/');
    if (notAPage || !serving || !fs.existsSync(index!) || request.method !== 'GET') {
      return reply.status(404).send({ statusCode: 404, error: 'Not Found', code: 'NOT_FOUND', message: `${request.method} ${pathname} not found` });
    }
    return reply.type('text/html').sendFile('index.html');
  });
}
