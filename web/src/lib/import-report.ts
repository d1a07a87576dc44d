import type { ImportErrorResponse } from '@server/http/routes/devices/schema.js';
import { isApiError } from './api-client';

/** The per-line report of a rejected import (equipment or towers), if that is what the error carries. */
export function importErrorOf(error: unknown): ImportErrorResponse | null {
  if (!isApiError(error) || error.code !== 'IMPORT_INVALID') return null;
  const body = error.body;
  if (typeof body !== 'object' || body === null || !('lines' in body) || !Array.isArray(body.lines)) return null;
  return body as ImportErrorResponse;
}
