import fs from 'node:fs';
import path from 'node:path';

/**
 * Which errors mean "the database cannot be used right now" (gone, restarting, disk full,
 * read-only) rather than a bug or a bad request. Those become a 503, a counted and logged
 * dropped write, or one line at start-up; everything else keeps its usual path.
 */

const SQLITE_CAUSES: [prefix: string, cause: string][] = [
  ['SQLITE_FULL', 'the disk is full'],
  ['SQLITE_READONLY', 'the database or its directory is read-only'],
  ['SQLITE_CANTOPEN', 'the database file cannot be opened'],
  ['SQLITE_IOERR', 'an input/output error (disk full, removed or failing)'],
  ['SQLITE_PERM', 'permission denied'],
];

const NODE_CAUSES: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ETIMEDOUT: 'connection timed out',
  EPIPE: 'connection closed',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ENOTFOUND: 'host name not found',
  EAI_AGAIN: 'host name lookup failed',
  ENOSPC: 'the disk is full',
  EROFS: 'read-only file system',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/** PostgreSQL SQLSTATEs (and classes) that say the server, not the query, is the problem. */
const PG_CAUSES: [prefix: string, cause: string][] = [
  ['08', 'the connection to PostgreSQL failed'],
  ['57P01', 'PostgreSQL ended the connection (terminated or shutting down)'],
  ['57P02', 'PostgreSQL crashed'],
  ['57P03', 'PostgreSQL is starting up or shutting down'],
  ['53100', 'the PostgreSQL disk is full'],
  ['53', 'PostgreSQL is out of resources'],
  ['25006', 'PostgreSQL is read-only'],
  ['3D000', 'the database does not exist'],
  ['28', 'PostgreSQL refused the credentials'],
];

// pg's own connection errors carry no code, only these messages.
const PG_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'is not queryable',
  'Client was closed',
  'Connection closed',
];

/** A short cause when `err` is a database availability or storage fault, else null. */
export function databaseFault(err: unknown): string | null {
  if (!(err instanceof Error)) return null;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (code.startsWith('SQLITE_')) {
      const hit = SQLITE_CAUSES.find(([p]) => code.startsWith(p));
      return hit ? `${hit[1]} (${code}: ${err.message})` : null;
    }
    if (NODE_CAUSES[code]) return `${NODE_CAUSES[code]} (${code})`;
    if (/^[0-9A-Z]{5}$/.test(code)) {
      const hit = PG_CAUSES.find(([p]) => code.startsWith(p));
      return hit ? `${hit[1]} (${code}: ${err.message})` : null;
    }
  }
  if (PG_MESSAGES.some((m) => err.message.includes(m))) return err.message;
  // AggregateError from a connect to every address of "localhost" (::1 and 127.0.0.1).
  if (err instanceof AggregateError) return err.errors.map(databaseFault).find((c) => c !== null) ?? null;
  return null;
}

const PASSING_SQLSTATE = /^(08|57P0|53)/;
const PASSING_NODE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * A fault that waiting can cure (PostgreSQL down, restarting, not yet resolvable by name), as
 * opposed to one that needs the operator (wrong password, no such database, read-only disk).
 */
export function isPassingFault(err: unknown): boolean {
  if (err instanceof AggregateError) return err.errors.some(isPassingFault);
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string') return PASSING_NODE.has(code) || PASSING_SQLSTATE.test(code);
  return PG_MESSAGES.some((m) => err.message.includes(m));
}

/** Where the database is, for messages: the SQLite file, or the PostgreSQL URL without its password. */
export function describeTarget(target: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string }): string {
  if (target.kind === 'sqlite') return target.file === ':memory:' ? target.file : path.resolve(target.file);
  return target.url.replace(/(\/\/[^:/@]+):[^@]*@/, '$1:***@');
}

/**
 * The cause to print when start-up fails on a database fault. SQLite says only "unable to open
 * database file" for a read-only or forbidden directory; the directory itself tells which.
 */
export function startupFault(target: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string }, err: unknown): string | null {
  const cause = databaseFault(err);
  if (cause === null || target.kind !== 'sqlite' || target.file === ':memory:') return cause;
  const dir = path.dirname(path.resolve(target.file));
  try {
    fs.accessSync(dir, fs.constants.W_OK);
    return cause;
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    const detail = err instanceof Error ? `${(err as { code?: string }).code}: ${err.message}` : String(err);
    return `${NODE_CAUSES[code] ?? code}: ${dir} (${detail})`;
  }
}
