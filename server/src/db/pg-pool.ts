import pg from 'pg';

export interface PoolLog {
  warn: (obj: object, msg: string) => void;
}

/**
 * The PostgreSQL pool, made to survive the database going away. Without an `error` listener,
 * `pg` turns a connection the server drops (pg_terminate_backend, a restart, a failover) into
 * an uncaught exception that ends the process. With one, the broken client is discarded and
 * the next query opens a new connection: the pool reconnects by itself.
 */
export function createPgPool(opts: { url: string; schema?: string; log?: PoolLog }): pg.Pool {
  const pool = new pg.Pool({
    connectionString: opts.url,
    max: 10,
    // A database that stops answering (a blackholed host) fails a query in seconds rather than
    // after the kernel's TCP timeout; refused connections fail at once anyway.
    connectionTimeoutMillis: 10_000,
    keepAlive: true,
    ...(opts.schema ? { options: `-c search_path=${opts.schema}` } : {}),
  });
  let lastLog = 0;
  const report = (err: Error) => {
    // A restart breaks every idle connection at once: one line, not ten.
    const now = Date.now();
    if (now - lastLog < 1000) return;
    lastLog = now;
    opts.log?.warn({ err: err.message }, 'PostgreSQL connection lost; the next query reconnects');
  };
  // Idle clients: pg-pool removes the broken one and re-emits here.
  pool.on('error', report);
  // Checked-out clients have no pool listener while a query runs: their query fails (and is
  // handled where it was made), and this keeps the emitted 'error' from being uncaught.
  pool.on('connect', (client) => client.on('error', report));
  return pool;
}
