import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../../test-support/test-app.js';
import { TEST_DB } from '../../../test-support/test-db.js';

describe(`health (${TEST_DB})`, () => {
  it('reports 503 when the database stops answering', async () => {
    const t = await createTestApp();
    expect((await t.app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    await t.db.close();
    const res = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({
      status: 'degraded',
      reasons: [expect.stringMatching(/^database unreachable: /)],
      database: { kind: TEST_DB, reachable: false, reason: expect.any(String), writes: { failing: false, dropped: 0 } },
    });
    await t.close();
  });
});

describe(`health without fping (${TEST_DB})`, () => {
  it('still serves, and says why ICMP monitoring cannot run', async () => {
    const t = await createTestApp({ FPING_PATH: '/nonexistent/fping' });
    try {
      const res = await t.app.inject({ method: 'GET', url: '/healthz' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        status: 'degraded',
        reasons: [expect.stringContaining('ICMP monitoring cannot run: fping not found')],
        database: { reachable: true, reason: null },
        icmp: { available: false, reason: expect.stringContaining('fping not found') },
      });
    } finally {
      await t.close();
    }
  });
});
