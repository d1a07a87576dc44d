import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHttpTarget } from '../../test-support/http-target.js';
import { makeTlsCertificate } from '../../test-support/tls-cert.js';
import { createHttpProber, type HttpConfig } from './http-prober.js';

const ctx = { log: console };
const base: HttpConfig = { expectedStatus: 200, bodyMatch: null, certMinDays: null, timeoutMs: 2000 };

describe('HTTP prober against loopback HTTP and HTTPS servers', () => {
  let plain: Awaited<ReturnType<typeof startHttpTarget>>;
  let secure: Awaited<ReturnType<typeof startHttpTarget>>;
  let ca = '';
  beforeAll(async () => {
    const handler = (req: { url?: string }, res: { statusCode: number; setHeader: (k: string, v: string) => void; end: (b?: string) => void }) => {
      if (req.url === '/slow') return void setTimeout(() => res.end('late'), 3000);
      if (req.url === '/moved') {
        res.statusCode = 301;
        res.setHeader('location', '/');
        return res.end();
      }
      res.statusCode = req.url === '/missing' ? 404 : 200;
      res.end('<html>Provedor Serra Azul — tudo certo</html>');
    };
    plain = await startHttpTarget(handler);
    const tls = makeTlsCertificate(20);
    ca = tls.ca;
    secure = await startHttpTarget(handler, tls);
  });
  afterAll(async () => {
    await plain?.close();
    await secure?.close();
  });

  it('checks the status and the body, and times the response', async () => {
    const probe = createHttpProber();
    const ok = await probe({ id: 1, host: `${plain.url}/` }, { ...base, bodyMatch: 'tudo certo' }, ctx);
    expect(ok).toMatchObject({ ok: true, reason: null, data: { status: 200, certDaysLeft: null } });
    expect(ok.data.latencyMs).toBeGreaterThan(0);
    expect(await probe({ id: 1, host: `${plain.url}/` }, { ...base, bodyMatch: 'manutenção' }, ctx)).toMatchObject({ ok: false, reason: 'body does not match' });
    expect(await probe({ id: 1, host: `${plain.url}/missing` }, base, ctx)).toMatchObject({ ok: false, reason: 'HTTP 404', data: { status: 404 } });
    // No expected status: any 2xx or 3xx; redirects are not followed.
    expect(await probe({ id: 1, host: `${plain.url}/moved` }, { ...base, expectedStatus: null }, ctx)).toMatchObject({ ok: true, data: { status: 301 } });
    expect(await probe({ id: 1, host: `${plain.url}/slow` }, { ...base, timeoutMs: 300 }, ctx)).toMatchObject({ ok: false, reason: 'timeout' });
  });

  it('reads the certificate expiry over HTTPS, and fails when it is too close', async () => {
    const probe = createHttpProber({ ca: [ca] });
    const r = await probe({ id: 1, host: `${secure.url}/` }, base, ctx);
    expect(r).toMatchObject({ ok: true, data: { status: 200 } });
    expect(r.data.certDaysLeft).toBeGreaterThanOrEqual(19);
    expect(r.data.certDaysLeft).toBeLessThanOrEqual(20);
    expect(await probe({ id: 1, host: `${secure.url}/` }, { ...base, certMinDays: 30 }, ctx)).toMatchObject({ ok: false, reason: `certificate expires in ${r.data.certDaysLeft} days` });
  });

  it('refuses a certificate nobody trusts', async () => {
    const r = await createHttpProber()({ id: 1, host: `${secure.url}/` }, base, ctx);
    expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/^(SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE)$/) });
  });
});
