import { useMutation } from '@tanstack/react-query';
import type { ImportErrorResponse, ImportResult } from '@server/http/routes/devices/schema.js';
import { apiRequest, isApiError } from '../../../lib/api-client';

export const importDevicesCsv = (csv: string): Promise<ImportResult> =>
  apiRequest<ImportResult>('/api/devices/import', { method: 'POST', body: csv, contentType: 'text/csv' });

export const useImportDevices = () => useMutation({ mutationFn: importDevicesCsv });

/** The per-line report of a rejected import, if that is what the error carries. */
export function importErrorOf(error: unknown): ImportErrorResponse | null {
  if (!isApiError(error) || error.code !== 'IMPORT_INVALID') return null;
  const body = error.body;
  if (typeof body !== 'object' || body === null || !('lines' in body) || !Array.isArray(body.lines)) return null;
  return body as ImportErrorResponse;
}
