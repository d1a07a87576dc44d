import { sql, type RawBuilder } from 'kysely';
import type { DialectName } from '../dialect.js';

/**
 * Many rows in one statement, whatever their number: on SQLite a JSON array read by
 * json_each (one parameter, no 32,766-variable limit), on PostgreSQL one array per column
 * through unnest. With `upsertKey`, rows that exist are replaced (idempotent writes).
 */
export function bulkInsert<T extends object>(
  dialect: DialectName,
  table: string,
  cols: readonly (keyof T & string)[],
  rows: T[],
  opts: { upsertKey?: readonly string[]; pgTypes?: Record<string, string> } = {},
): RawBuilder<unknown> {
  const colList = sql.join(cols.map((c) => sql.ref(c)));
  const key = opts.upsertKey;
  const conflict = key
    ? sql` on conflict (${sql.join(key.map((c) => sql.ref(c)))}) do update set ${sql.join(
        cols.filter((c) => !key.includes(c)).map((c) => sql`${sql.ref(c)} = excluded.${sql.ref(c)}`),
      )}`
    : sql``;
  if (dialect === 'sqlite') {
    const json = JSON.stringify(rows.map((r) => cols.map((c) => r[c] as number | null)));
    const picks = sql.join(cols.map((_, i) => sql`value ->> ${sql.lit(i)}`));
    // "where true" lets SQLite parse the upsert clause after a SELECT.
    return sql`insert into ${sql.table(table)} (${colList}) select ${picks} from json_each(${json}) where true${conflict}`;
  }
  const arrays = sql.join(cols.map((c) => sql`${rows.map((r) => r[c] as number | null)}::${sql.raw(opts.pgTypes?.[c] ?? 'integer')}[]`));
  return sql`insert into ${sql.table(table)} (${colList}) select * from unnest(${arrays})${conflict}`;
}
