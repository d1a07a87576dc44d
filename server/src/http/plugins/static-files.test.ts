import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/load.js';
import { createSystem } from '../../system.js';
import { createTestDb, TEST_DB } from '../../test-support/test-db.js';
import { cacheControlFor, IMMUTABLE, REVALIDATE } from './static-files.js';

const silentLog = { info: () => {}, warn: () => {}, error: () => {}, debug: () => {} };

describe('cache policy by file name', () => {
  it('keeps hashed assets (and their compressed copies) for a year, revalidates the rest', () => {
    expect(cacheControlFor('assets/index-BxQ3k9aZ.js')).toBe(IMMUTABLE);
    expect(cacheControlFor('assets/index-BxQ3k9aZ.js.br')).toBe(IMMUTABLE);
    expect(cacheControlFor('assets/index-D_4-ab12.css.gz')).toBe(IMMUTABLE);
    expect(cacheControlFor('index.html')).toBe(REVALIDATE);
    expect(cacheControlFor('sw.js')).toBe(REVALIDATE);
    expect(cacheControlFor('manifest-BxQ3k9aZ.webmanifest')).toBe(REVALIDATE);
    expect(cacheControlFor('assets/logo.svg')).toBe(REVALIDATE);
  });
});

/** A built web app as Vite and web/vite.config.ts leave it: a hashed bundle with .br and .gz beside it. */
function fakeBuild(dir: string) {
  const js = `export const greeting = ${JSON.stringify('olá '.repeat(2000))};\n`;
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><script type="module" src="/assets/index-BxQ3k9aZ.js"></script>');
  fs.writeFileSync(path.join(dir, 'assets/index-BxQ3k9aZ.js'), js);
  fs.writeFileSync(path.join(dir, 'assets/index-BxQ3k9aZ.js.br'), zlib.brotliCompressSync(js));
  fs.writeFileSync(path.join(dir, 'assets/index-BxQ3k9aZ.js.gz'), zlib.gzipSync(js));
  fs.writeFileSync(path.join(dir, 'assets/small-Ab12Cd34.css'), 'a{}');
  // What vite-plugin-pwa adds (web/vite-pwa.ts): the worker, its Workbox runtime and the manifest.
  const manifest = JSON.stringify({ name: 'Torre', start_url: '/', display: 'standalone', description: 'x'.repeat(2000) });
  fs.writeFileSync(path.join(dir, 'manifest.webmanifest'), manifest);
  fs.writeFileSync(path.join(dir, 'manifest.webmanifest.gz'), zlib.gzipSync(manifest));
  fs.writeFileSync(path.join(dir, 'sw.js'), 'importScripts("./workbox-9c191d2f.js");');
  fs.writeFileSync(path.join(dir, 'workbox-9c191d2f.js'), 'self.workbox = {};');
  return js;
}

describe(`static files of the web app (${TEST_DB})`, { timeout: 60_000 }, () => {
  const webDir = fs.mkdtempSync(path.join(os.tmpdir(), 'torre-web-'));
  const js = fakeBuild(webDir);
  let system: Awaited<ReturnType<typeof createSystem>>;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const t = await createTestDb();
    cleanup = t.cleanup;
    const config = loadConfig({ LOG_FILE: 'off', MAP_TILE_URL: 'off', MONITORING: 'off', SYNTHETIC_DEFAULT_TARGETS: 'none' }, '/nonexistent/.env');
    system = await createSystem({ config, db: t.db, log: silentLog, logger: false, version: 'test', webDir });
  });
  afterAll(async () => {
    await system.stop();
    await cleanup();
    fs.rmSync(webDir, { recursive: true, force: true });
  });
  const get = (url: string, acceptEncoding?: string) =>
    system.app.inject({ method: 'GET', url, headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} });

  it('sends a hashed asset as brotli, gzip or plain by Accept-Encoding, cached for a year', async () => {
    const br = await get('/assets/index-BxQ3k9aZ.js', 'gzip, deflate, br');
    const gz = await get('/assets/index-BxQ3k9aZ.js', 'gzip');
    const plain = await get('/assets/index-BxQ3k9aZ.js');
    for (const a of [br, gz, plain]) {
      expect(a.statusCode).toBe(200);
      // The type of the file itself (as the uncompressed answer has it), never that of a .br or .gz.
      expect(a.headers['content-type']).toBe('application/javascript; charset=utf-8');
      expect(a.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(String(a.headers.vary).toLowerCase()).toContain('accept-encoding');
      expect(String(a.headers['content-security-policy'])).toContain("script-src 'self'");
    }
    expect(br.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(br.rawPayload).toString()).toBe(js);
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gz.rawPayload).toString()).toBe(js);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(js);
    expect(br.rawPayload.length).toBeLessThan(js.length / 5);
  });

  it('sends a file without a compressed copy as it is, whatever the client accepts', async () => {
    const a = await get('/assets/small-Ab12Cd34.css', 'br, gzip');
    expect(a.statusCode).toBe(200);
    expect(a.headers['content-encoding']).toBeUndefined();
    expect(a.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(a.body).toBe('a{}');
  });

  it('sends index.html to be revalidated at / and at the app\'s own paths, with the CSP', async () => {
    for (const url of ['/', '/towers/3', '/devices?status=down']) {
      const a = await get(url, 'br, gzip');
      expect(a.statusCode, url).toBe(200);
      expect(a.headers['content-type'], url).toMatch(/^text\/html/);
      expect(a.headers['cache-control'], url).toBe('no-cache');
      expect(a.body, url).toContain('/assets/index-BxQ3k9aZ.js');
      expect(String(a.headers['content-security-policy']), url).toContain("default-src 'self'");
      expect(a.headers.etag, url).toBeTruthy();
    }
    const first = await get('/');
    const again = await system.app.inject({ method: 'GET', url: '/', headers: { 'if-none-match': String(first.headers.etag) } });
    expect(again.statusCode).toBe(304);
  });

  it('sends the web manifest as application/manifest+json and the service worker to be revalidated, never immutable', async () => {
    for (const enc of [undefined, 'gzip']) {
      const m = await get('/manifest.webmanifest', enc);
      expect(m.statusCode).toBe(200);
      expect(m.headers['content-type']).toBe('application/manifest+json');
      expect(m.headers['cache-control']).toBe('no-cache');
      expect(m.headers['content-encoding']).toBe(enc);
      const body = enc ? zlib.gunzipSync(m.rawPayload).toString() : m.body;
      expect(JSON.parse(body)).toMatchObject({ name: 'Torre', start_url: '/', display: 'standalone' });
    }
    for (const url of ['/sw.js', '/workbox-9c191d2f.js']) {
      const a = await get(url, 'br, gzip');
      expect(a.statusCode, url).toBe(200);
      expect(a.headers['content-type'], url).toBe('application/javascript; charset=utf-8');
      expect(a.headers['cache-control'], url).toBe('no-cache');
      const csp = String(a.headers['content-security-policy']);
      expect(csp, url).toContain("worker-src 'self'");
      expect(csp, url).toContain("manifest-src 'self'");
    }
  });

  it('answers 404, not a page, for a missing asset, a compressed copy asked by name, and an unknown API path', async () => {
    for (const url of ['/assets/index-OldHash1.js', '/assets/index-BxQ3k9aZ.js.br', '/api/nothing']) {
      const a = await get(url, 'br');
      expect(a.statusCode, url).toBe(404);
      expect(a.json(), url).toMatchObject({ code: 'NOT_FOUND' });
    }
  });
});
