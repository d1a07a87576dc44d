import { useMutation } from '@tanstack/react-query';
import type { ImportResult } from '@server/http/routes/devices/schema.js';
import { apiRequest } from '../../../lib/api-client';

export const importDevicesCsv = (csv: string): Promise<ImportResult> =>
  apiRequest<ImportResult>('/api/devices/import', { method: 'POST', body: csv, contentType: 'text/csv' });

export const useImportDevices = () => useMutation({ mutationFn: importDevicesCsv });
