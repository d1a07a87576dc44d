import net from 'node:net';
import type { ProbeFn } from '../types.js';

export interface TcpConfig {
  port: number;
  timeoutMs: number;
}

export interface TcpData {
  /** Time to the completed handshake. */
  latencyMs: number | null;
}

/** Opens a TCP connection to host:port and closes it: the port answers or it does not, and why. */
export function createTcpProber(): ProbeFn<TcpConfig, TcpData> {
  return (target, config) =>
    new Promise((resolve) => {
      const started = performance.now();
      const socket = net.connect({ host: target.host, port: config.port });
      const done = (reason: string | null) => {
        socket.destroy();
        const latencyMs = reason === null ? Math.round((performance.now() - started) * 100) / 100 : null;
        resolve({ ok: reason === null, reason, data: { latencyMs } });
      };
      socket.setTimeout(config.timeoutMs, () => done('timeout'));
      socket.once('connect', () => done(null));
      socket.once('error', (err: NodeJS.ErrnoException) => done(err.code ?? err.message));
    });
}
