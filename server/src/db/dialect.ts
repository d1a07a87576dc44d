import type { ColumnDataType } from 'kysely';

export type DialectName = 'sqlite' | 'postgres';

/** Column types that differ between the two databases, chosen in one place. */
export function columnTypes(dialect: DialectName) {
  return {
    timestamp: (dialect === 'postgres' ? 'timestamptz' : 'text') as ColumnDataType,
    boolean: (dialect === 'postgres' ? 'boolean' : 'integer') as ColumnDataType,
    real: (dialect === 'postgres' ? 'double precision' : 'real') as ColumnDataType,
  };
}
