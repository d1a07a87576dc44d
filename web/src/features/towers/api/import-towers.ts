import { useMutation } from '@tanstack/react-query';
import type { ImportResult } from '@server/http/routes/devices/schema.js';
import { apiRequest } from '../../../lib/api-client';

export const importTowersCsv = (csv: string): Promise<ImportResult> =>
  apiRequest<ImportResult>('/api/towers/import', { method: 'POST', body: csv, contentType: 'text/csv' });

export const useImportTowers = () => useMutation({ mutationFn: importTowersCsv });
