import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { request } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from './support/server.js';

const TEST_DB = process.env.TEST_DB ?? 'sqlite';
const ROOT = path.resolve(import.meta.dirname, '..');

/** The raw bytes of an answer: fetch() would undo the Content-Encoding. */
function fetchRaw(url: string, acceptEncoding: string | null) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>((resolve, reject) => {
    const req = request(url, { headers: acceptEncoding === null ? {} : { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe(`the built web app as the server sends it (${TEST_DB})`, () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server?.stop());

  it('sends the build\'s own .br and .gz of the entry script, immutable, and index.html no-cache at every app path', async () => {
    const page = await fetchRaw(`${server.baseUrl}/towers/3`, 'gzip, deflate, br');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'");
    const html = page.headers['content-encoding'] === 'br' ? zlib.brotliDecompressSync(page.body).toString() : page.body.toString();
    const entry = /<script type="module"[^>]* src="(\/assets\/index-[\w-]+\.js)"/.exec(html)?.[1];
    expect(entry).toBeTruthy();

    const plain = await fetchRaw(`${server.baseUrl}${entry}`, null);
    const br = await fetchRaw(`${server.baseUrl}${entry}`, 'gzip, deflate, br');
    const gz = await fetchRaw(`${server.baseUrl}${entry}`, 'gzip, deflate');
    for (const a of [plain, br, gz]) {
      expect(a.status).toBe(200);
      expect(a.headers['content-type']).toBe(plain.headers['content-type']);
      expect(a.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(String(a.headers.vary).toLowerCase()).toContain('accept-encoding');
    }
    expect(plain.headers['content-type']).toMatch(/javascript/);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(br.headers['content-encoding']).toBe('br');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(zlib.brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(zlib.gunzipSync(gz.body).equals(plain.body)).toBe(true);
    expect(br.body.length).toBeLessThan(gz.body.length);
    expect(gz.body.length).toBeLessThan(plain.body.length / 2);
  });
});

/**
 * scripts/lib.sh's build_if_changed in a copy of the repository's shape, with an `npm` on the
 * PATH that only records that it built and writes the two outputs.
 */
describe('the start command builds only when something changed', () => {
  let dir: string;
  const fakeNpm = `#!/bin/sh
[ -f "$PWD/npm-fails" ] && exit 1
echo build >>"$PWD/builds.log"
mkdir -p web/dist server/dist
echo "<html>" >web/dist/index.html
echo "main" >server/dist/main.js
`;
  const write = (file: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  };
  const builds = () => (fs.existsSync(path.join(dir, 'builds.log')) ? fs.readFileSync(path.join(dir, 'builds.log'), 'utf8').split('\n').filter(Boolean).length : 0);
  /** What a start does before running the server; returns its output. */
  const start = () =>
    execFileSync('bash', ['-c', 'set -euo pipefail; source scripts/lib.sh; build_if_changed'], {
      cwd: dir,
      env: { ...process.env, PATH: `${path.join(dir, 'bin')}:${process.env.PATH}` },
      encoding: 'utf8',
    });

  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'torre-start-'));
    fs.mkdirSync(path.join(dir, 'scripts'));
    fs.copyFileSync(path.join(ROOT, 'scripts/lib.sh'), path.join(dir, 'scripts/lib.sh'));
    write('bin/npm', fakeNpm);
    fs.chmodSync(path.join(dir, 'bin/npm'), 0o755);
    for (const f of ['package.json', 'package-lock.json', 'tsconfig.base.json']) write(f, '{}\n');
    write('web/index.html', '<div id="root"></div>\n');
    write('web/src/main.tsx', 'export const a = 1;\n');
    write('web/src/main.test.ts', 'test\n');
    write('server/src/main.ts', 'export const b = 1;\n');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('builds a fresh clone, then skips while nothing the build reads changes', () => {
    expect(start()).toContain('==> building');
    expect(builds()).toBe(1);
    expect(start()).toContain('build is up to date');
    // A checkout rewrites files with new times but the same content; tests are not built.
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(path.join(dir, 'server/src/main.ts'), later, later);
    write('web/src/main.test.ts', 'another test\n');
    start();
    expect(builds()).toBe(1);
  });

  it('builds again after a source, a new file or the lockfile changed (a git pull)', () => {
    write('server/src/main.ts', 'export const b = 2;\n');
    start();
    expect(builds()).toBe(2);
    write('web/src/new-feature.tsx', 'export const c = 1;\n');
    start();
    expect(builds()).toBe(3);
    write('package-lock.json', '{"lockfileVersion":3}\n');
    start();
    expect(builds()).toBe(4);
    start();
    expect(builds()).toBe(4);
  });

  it('builds again when an output is gone or was rewritten by a build by hand', () => {
    fs.rmSync(path.join(dir, 'web/dist'), { recursive: true });
    start();
    expect(builds()).toBe(5);
    // `npm run build` by hand (perhaps from other sources) leaves outputs the stamp does not know.
    execFileSync(path.join(dir, 'bin/npm'), ['run', 'build'], { cwd: dir });
    expect(builds()).toBe(6);
    start();
    expect(builds()).toBe(7);
  });

  it('after a failed build, the next start builds again', () => {
    write('server/src/main.ts', 'export const b = 3;\n');
    write('npm-fails', '');
    expect(() => start()).toThrow();
    fs.rmSync(path.join(dir, 'npm-fails'));
    start();
    expect(builds()).toBe(8);
    expect(start()).toContain('build is up to date');
  });
});
