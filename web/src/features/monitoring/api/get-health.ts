import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Health } from '@server/http/routes/health/schema.js';
import { apiRequest, isApiError } from '../../../lib/api-client';

export const HEALTH_QUERY_KEY = ['health'] as const;

/** A 503 (database gone) still carries the full body; keep it rather than fail. */
export async function getHealth(signal?: AbortSignal): Promise<Health> {
  try {
    return await apiRequest<Health>('/healthz', { signal });
  } catch (error) {
    if (isApiError(error) && error.status === 503 && typeof error.body === 'object' && error.body !== null && 'icmp' in error.body) return error.body as Health;
    throw error;
  }
}

export const getHealthQueryOptions = () => queryOptions({ queryKey: HEALTH_QUERY_KEY, queryFn: ({ signal }) => getHealth(signal), staleTime: 60_000 });

export const useHealth = () => useQuery(getHealthQueryOptions());
