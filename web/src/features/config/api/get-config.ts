import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ClientConfig } from '@server/http/routes/health/schema.js';
import { apiRequest } from '../../../lib/api-client';

export const getConfig = (): Promise<ClientConfig> => apiRequest<ClientConfig>('/api/config');

export const getConfigQueryOptions = () =>
  queryOptions({ queryKey: ['config'], queryFn: getConfig, staleTime: Infinity, retry: 1 });

export const useConfig = () => useQuery(getConfigQueryOptions());
