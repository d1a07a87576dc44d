import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, normaliseDatabaseUrl } from '../config/load.js';
import { migrate, openDatabase } from '../db/database.js';
import { copyDatabase } from '../db/copy.js';

/**
 * npm run db:migrate-sqlite-to-postgres -- [--from data/torre.db] --to postgresql://user@host/db
 * Copies the embedded SQLite database into a new, empty PostgreSQL database. Stop the server first.
 */
async function main() {
  const args = process.argv.slice(2);
  const arg = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const config = loadConfig({ ...process.env, DATABASE_URL: '' });
  const from = path.resolve(arg('--from') ?? (config.database.kind === 'sqlite' ? config.database.file : ''));
  const to = arg('--to') ?? process.env.DATABASE_URL;
  if (!to || !/^(postgres|postgresql|postgresql\+asyncpg):\/\//.test(to)) {
    throw new Error('Give the target with --to postgresql://user:pass@host:5432/db (or DATABASE_URL)');
  }
  if (!fs.existsSync(from)) throw new Error(`No SQLite database at ${from} (use --from)`);
  const source = openDatabase({ kind: 'sqlite', file: from });
  const target = openDatabase({ kind: 'postgres', url: normaliseDatabaseUrl(to).url });
  try {
    await migrate(source);
    await migrate(target);
    const counts = await copyDatabase(source, target, (m) => process.stdout.write(`copied ${m}\n`));
    process.stdout.write(`done: ${Object.values(counts).reduce((a, b) => a + b, 0)} rows. Now start the server with DATABASE_URL set to the new database.\n`);
  } finally {
    await source.close();
    await target.close();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
