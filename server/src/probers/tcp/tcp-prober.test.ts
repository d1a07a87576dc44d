import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTcpProber } from './tcp-prober.js';

const ctx = { log: console };
const probe = createTcpProber();

describe('TCP prober against loopback ports', () => {
  let server: net.Server;
  let port = 0;
  beforeAll(async () => {
    server = net.createServer((s) => s.end());
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('connects to a listening port and times the handshake', async () => {
    const r = await probe({ id: 1, host: '127.0.0.1' }, { port, timeoutMs: 1000 }, ctx);
    expect(r).toMatchObject({ ok: true, reason: null });
    expect(r.data.latencyMs).toBeGreaterThan(0);
  });

  it('reports a closed port as refused', async () => {
    const closed = net.createServer();
    await new Promise<void>((r) => closed.listen(0, '127.0.0.1', r));
    const free = (closed.address() as AddressInfo).port;
    await new Promise<void>((r) => closed.close(() => r()));
    expect(await probe({ id: 1, host: '127.0.0.1' }, { port: free, timeoutMs: 1000 }, ctx)).toEqual({ ok: false, reason: 'ECONNREFUSED', data: { latencyMs: null } });
  });
});
