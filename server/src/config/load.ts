import fs from 'node:fs';
import path from 'node:path';
import dotenv from 'dotenv';
import { Value } from 'typebox/value';
import { EnvSchema, type Env } from './env-schema.js';
import { parseDefaultTargets, type DefaultTarget } from '../monitoring/synthetic/default-targets.js';

export interface Config extends Env {
  /** Database chosen from DATABASE_URL: SQLite file in DATA_DIR, or a PostgreSQL URL. */
  database: { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; normalisedFrom?: string };
  /** SYNTHETIC_DEFAULT_TARGETS, read. */
  syntheticDefaults: DefaultTarget[];
  /** SYNTHETIC_CA_FILE's certificates. */
  syntheticCa: string[] | undefined;
}

export class ConfigError extends Error {}

const KEYS = Object.keys(EnvSchema.properties) as (keyof Env)[];

/** Accepts postgres://, postgresql:// and the old postgresql+asyncpg:// form. */
export function normaliseDatabaseUrl(url: string): { url: string; changed: boolean } {
  const fixed = url.replace(/^postgresql\+asyncpg:\/\//, 'postgresql://');
  return { url: fixed, changed: fixed !== url };
}

/**
 * Reads the configuration from `source` (process.env) and an optional .env file,
 * where the process environment wins. Throws ConfigError with one line naming the
 * first bad variable and what it accepts.
 */
export function loadConfig(source: NodeJS.ProcessEnv = process.env, envFile = '.env'): Config {
  const fromFile = fs.existsSync(envFile) ? dotenv.parse(fs.readFileSync(envFile)) : {};
  const raw: Record<string, string> = {};
  for (const key of KEYS) {
    const value = source[key] ?? fromFile[key];
    if (value !== undefined && value.trim() !== '') raw[key] = value.trim();
  }
  const converted = Value.Convert(EnvSchema, Value.Default(EnvSchema, raw));
  const firstError = Value.Errors(EnvSchema, converted)[0];
  if (firstError) {
    const key = firstError.instancePath.replace(/^\//, '') as keyof Env;
    const prop = EnvSchema.properties[key] as { description?: string } | undefined;
    throw new ConfigError(`Invalid ${key}=${JSON.stringify(raw[key] ?? '')}: expected ${prop?.description ?? firstError.message}`);
  }
  const env = converted as Env;
  let database: Config['database'];
  if (env.DATABASE_URL) {
    const { url, changed } = normaliseDatabaseUrl(env.DATABASE_URL);
    database = { kind: 'postgres', url, ...(changed ? { normalisedFrom: env.DATABASE_URL.split('://')[0] } : {}) };
  } else {
    database = { kind: 'sqlite', file: path.resolve(env.DATA_DIR, 'torre.db') };
  }
  const defaults = parseDefaultTargets(env.SYNTHETIC_DEFAULT_TARGETS);
  if ('error' in defaults) throw new ConfigError(`Invalid SYNTHETIC_DEFAULT_TARGETS: ${defaults.error}`);
  let syntheticCa: string[] | undefined;
  if (env.SYNTHETIC_CA_FILE) {
    try {
      syntheticCa = [fs.readFileSync(env.SYNTHETIC_CA_FILE, 'utf8')];
    } catch (err) {
      throw new ConfigError(`Invalid SYNTHETIC_CA_FILE=${JSON.stringify(env.SYNTHETIC_CA_FILE)}: cannot read it (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
    }
    if (!syntheticCa[0]!.includes('-----BEGIN CERTIFICATE-----')) throw new ConfigError(`Invalid SYNTHETIC_CA_FILE=${JSON.stringify(env.SYNTHETIC_CA_FILE)}: expected PEM certificates`);
  }
  return { ...env, database, syntheticDefaults: defaults.targets, syntheticCa };
}
