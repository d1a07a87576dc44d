import http from 'node:http';
import https from 'node:https';
import tls, { type TLSSocket } from 'node:tls';
import type { ProbeFn } from '../types.js';

export interface HttpConfig {
  /** The status the page must answer; null accepts any 2xx or 3xx. Redirects are not followed. */
  expectedStatus: number | null;
  /** Text the body must contain (the first MB is read). */
  bodyMatch: string | null;
  /** HTTPS: fail when the certificate expires in fewer days than this. */
  certMinDays: number | null;
  timeoutMs: number;
}

export interface HttpData {
  /** Time to the complete response. */
  latencyMs: number | null;
  status: number | null;
  /** HTTPS: days until the server's certificate expires (negative: expired). */
  certDaysLeft: number | null;
  certExpiresAt: string | null;
}

const MAX_BODY_BYTES = 1024 * 1024;
const DAY_MS = 86_400_000;
const EMPTY: HttpData = { latencyMs: null, status: null, certDaysLeft: null, certExpiresAt: null };

/**
 * Fetches one URL (target.host) with GET, as a browser would see it: status, body, and for
 * HTTPS the certificate's expiry. An untrusted or expired certificate fails the check with
 * the TLS error. `ca` adds trusted authorities (an ISP's internal CA) to the system's.
 */
export function createHttpProber(deps: { ca?: string[] } = {}): ProbeFn<HttpConfig, HttpData> {
  return (target, config) =>
    new Promise((resolve) => {
      let url: URL;
      try {
        url = new URL(target.host);
      } catch {
        return resolve({ ok: false, reason: 'invalid URL', data: EMPTY });
      }
      const started = performance.now();
      const secure = url.protocol === 'https:';
      const options = {
        method: 'GET',
        agent: false as const, // a fresh connection each time: the handshake is part of what we measure
        signal: AbortSignal.timeout(config.timeoutMs),
        headers: { 'user-agent': 'Torre synthetic check', accept: '*/*' },
        // `ca` replaces Node's bundled roots, so they are passed along with the extra ones.
        ...(secure && deps.ca && { ca: [...tls.rootCertificates, ...deps.ca] }),
      };
      let settled = false;
      const finish = (ok: boolean, reason: string | null, data: HttpData) => {
        if (settled) return;
        settled = true;
        resolve({ ok, reason, data });
      };
      const req = (secure ? https : http).request(url, options, (res) => {
        const status = res.statusCode ?? null;
        let certDaysLeft: number | null = null;
        let certExpiresAt: string | null = null;
        if (secure) {
          const cert = (res.socket as TLSSocket).getPeerCertificate();
          if (cert?.valid_to) {
            const expires = Date.parse(cert.valid_to);
            certExpiresAt = new Date(expires).toISOString();
            certDaysLeft = Math.floor((expires - Date.now()) / DAY_MS);
          }
        }
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (chunk: Buffer) => {
          if (size < MAX_BODY_BYTES) chunks.push(chunk);
          size += chunk.length;
        });
        res.on('error', (err) => finish(false, err.message, { ...EMPTY, status }));
        res.on('end', () => {
          const data: HttpData = { latencyMs: Math.round((performance.now() - started) * 100) / 100, status, certDaysLeft, certExpiresAt };
          const body = Buffer.concat(chunks).subarray(0, MAX_BODY_BYTES).toString('utf8');
          const statusOk = config.expectedStatus === null ? status !== null && status >= 200 && status < 400 : status === config.expectedStatus;
          if (!statusOk) return finish(false, `HTTP ${status}`, data);
          if (config.bodyMatch !== null && !body.includes(config.bodyMatch)) return finish(false, 'body does not match', data);
          if (config.certMinDays !== null && certDaysLeft !== null && certDaysLeft < config.certMinDays) {
            return finish(false, `certificate expires in ${certDaysLeft} days`, data);
          }
          finish(true, null, data);
        });
      });
      req.on('error', (err: NodeJS.ErrnoException) => {
        const reason = err.name === 'AbortError' || err.name === 'TimeoutError' ? 'timeout' : (err.code ?? err.message);
        finish(false, reason, EMPTY);
      });
      req.end();
    });
}
