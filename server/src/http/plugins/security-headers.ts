import type { FastifyInstance } from 'fastify';
import helmet from '@fastify/helmet';

/**
 * Where map tiles may load from, as a CSP source: the scheme and host of MAP_TILE_URL, with a
 * leading `{s}.` subdomain placeholder as `*.`. A placeholder elsewhere in the host cannot be
 * written in CSP, so the whole scheme is allowed then (images only).
 */
export function tileSource(mapTileUrl: string): string | null {
  if (mapTileUrl === 'off') return null;
  const m = /^(https?:)\/\/([^/?#]+)/i.exec(mapTileUrl);
  if (!m) return null;
  const [, scheme, host] = m as unknown as [string, string, string];
  const wildcard = host.replace(/^\{[^}]+\}\./, '*.');
  return wildcard.includes('{') ? scheme : `${scheme}//${wildcard}`;
}

/**
 * Security headers on every answer (pages, API, errors). The CSP allows only our own scripts,
 * styles and connections; the app builds without inline scripts, and Swagger UI's page loads
 * its scripts from files. No `upgrade-insecure-requests`: many installs are plain HTTP on a
 * LAN address, where it would break every request.
 */
export async function registerSecurityHeaders(app: FastifyInstance, opts: { mapTileUrl: string }) {
  const tiles = tileSource(opts.mapTileUrl);
  const directives = {
    defaultSrc: ["'self'"],
    baseUri: ["'self'"],
    scriptSrc: ["'self'"],
    scriptSrcAttr: ["'none'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:', ...(tiles ? [tiles] : [])],
    fontSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    // The installable app: its service worker and web manifest, from this server only.
    workerSrc: ["'self'"],
    manifestSrc: ["'self'"],
    objectSrc: ["'none'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  };
  // Swagger UI adds <style> elements at run time; inline styles there, never inline scripts.
  const docs = { contentSecurityPolicy: { useDefaults: false, directives: { ...directives, styleSrc: ["'self'", "'unsafe-inline'"] } } };
  app.addHook('onRoute', (route) => {
    // Set before helmet's own onRoute hook (registered next) reads it.
    if (route.url.startsWith('/api/docs')) route.helmet = docs;
  });
  await app.register(helmet, {
    contentSecurityPolicy: { useDefaults: false, directives },
    frameguard: { action: 'deny' },
    // Sent over HTTPS only by browsers' rules; no includeSubDomains, which would bind other hosts.
    strictTransportSecurity: { maxAge: 15_552_000, includeSubDomains: false },
    referrerPolicy: { policy: 'same-origin' },
  });
}
