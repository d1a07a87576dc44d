import Type from 'typebox';
import type { ImportOutcome } from '../inventory/import-service.js';
import { ErrorResponse } from './common-schema.js';
import { ImportErrorResponse, ImportResult } from './routes/devices/schema.js';

/** The schema of an all-or-nothing CSV/JSON import route (equipment, towers). */
export const importRouteSchema = (tags: string[], description: string) => ({
  tags,
  description,
  consumes: ['text/csv', 'application/json'],
  body: Type.Union([Type.String(), Type.Array(Type.Unknown())]),
  // A malformed body or a bad content type is the API's usual error; a bad row, the line list.
  response: { 200: ImportResult, 400: Type.Union([ImportErrorResponse, ErrorResponse]), 409: ErrorResponse },
});

/** What an import answers: the counts, or 400 IMPORT_INVALID with every bad line. */
export function importReply(outcome: ImportOutcome): { status: 200 | 400; body: ImportResult | ImportErrorResponse } {
  if (outcome.ok) return { status: 200, body: { created: outcome.created, updated: outcome.updated } };
  const n = new Set(outcome.lines.map((l) => l.line)).size;
  return {
    status: 400,
    body: { statusCode: 400, error: 'Bad Request', code: 'IMPORT_INVALID', message: `${n} line(s) have errors; nothing was imported`, lines: outcome.lines },
  };
}
