import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AlertSeveritySettings } from '@server/http/routes/settings/schema.js';
import { apiRequest } from '../../../lib/api-client';

export const getAlertSeverity = (signal?: AbortSignal): Promise<AlertSeveritySettings> => apiRequest<AlertSeveritySettings>('/api/settings/alert-severity', { signal });

export const getAlertSeverityQueryOptions = () => queryOptions({ queryKey: ['settings', 'alert-severity'], queryFn: ({ signal }) => getAlertSeverity(signal) });

export const useAlertSeverity = (options: { enabled?: boolean } = {}) => useQuery({ ...getAlertSeverityQueryOptions(), enabled: options.enabled ?? true });
