/**
 * The same PostgreSQL URL naming another database. Works for socket URLs too
 * (`postgresql://root@/test?host=/var/run/postgresql`, what a peer-auth-only Debian gets),
 * which `new URL` refuses for their empty host; pg itself reads them fine.
 */
export function withDatabase(url: string, database: string): string {
  const m = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)(\/[^?#]*)?(.*)$/i.exec(url);
  if (!m) throw new Error(`not a PostgreSQL URL: ${url}`);
  return `${m[1]}/${encodeURIComponent(database)}${m[3]}`;
}
