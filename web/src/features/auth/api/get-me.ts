import { queryOptions, useQuery } from '@tanstack/react-query';
import type { User } from '@server/http/routes/auth/schema.js';
import { apiRequest, isApiError } from '../../../lib/api-client';

export const ME_QUERY_KEY = ['auth', 'me'] as const;

/** The signed-in user, or null when the session is missing or expired. */
export async function getMe(): Promise<User | null> {
  try {
    return await apiRequest<User>('/api/auth/me');
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export const getMeQueryOptions = () => queryOptions({ queryKey: ME_QUERY_KEY, queryFn: getMe, staleTime: 60_000 });

export const useMe = () => useQuery(getMeQueryOptions());
