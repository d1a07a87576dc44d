import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test-support/test-app.js';
import { TEST_DB } from '../../test-support/test-db.js';
import { tileSource } from './security-headers.js';

describe('tile source for the CSP', () => {
  it('takes the scheme and host of MAP_TILE_URL, a leading {s}. as *.', () => {
    expect(tileSource('https://tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe('https://tile.openstreetmap.org');
    expect(tileSource('https://{s}.tile.example.com/{z}/{x}/{y}.png')).toBe('https://*.tile.example.com');
    expect(tileSource('http://127.0.0.1:9/{z}/{x}/{y}.png')).toBe('http://127.0.0.1:9');
    expect(tileSource('https://tiles-{s}.example.com/{z}/{x}/{y}.png')).toBe('https:');
    expect(tileSource('off')).toBeNull();
  });
});

describe(`security headers (${TEST_DB})`, { timeout: 60_000 }, () => {
  let t: Awaited<ReturnType<typeof createTestApp>>;
  beforeAll(async () => {
    t = await createTestApp({ MAP_TILE_URL: 'https://{s}.tiles.example.net/{z}/{x}/{y}.png' });
  });
  afterAll(() => t.close());

  it('sends a CSP, frame refusal and nosniff on API answers, errors, refusals and the docs', async () => {
    const answers = await Promise.all([
      t.app.inject({ method: 'GET', url: '/api/config' }),
      t.app.inject({ method: 'GET', url: '/api/devices' }),
      t.app.inject({ method: 'GET', url: '/api/nothing-here' }),
      t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'text/plain' }, payload: 'x' }),
      t.app.inject({ method: 'GET', url: '/api/docs' }),
    ]);
    expect(answers.map((a) => a.statusCode)).toEqual([200, 401, 404, 415, 200]);
    for (const a of answers) {
      const csp = String(a.headers['content-security-policy']);
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("img-src 'self' data: https://*.tiles.example.net");
      expect(csp).not.toContain('upgrade-insecure-requests');
      expect(csp).not.toMatch(/script-src[^;]*unsafe/);
      expect(a.headers['x-frame-options']).toBe('DENY');
      expect(a.headers['x-content-type-options']).toBe('nosniff');
      expect(a.headers['referrer-policy']).toBe('same-origin');
    }
    // Swagger UI adds <style> elements: inline styles there only.
    expect(answers.map((a) => /style-src[^;]*'unsafe-inline'/.test(String(a.headers['content-security-policy'])))).toEqual([false, false, false, false, true]);
  });
});
