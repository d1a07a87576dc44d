import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SyntheticList } from '@server/http/routes/synthetic/schema.js';
import { apiRequest } from '../../../lib/api-client';

/** Everything synthetic sits under this key: the live stream refreshes it after each round. */
export const SYNTHETIC_QUERY_KEY = ['synthetic'] as const;

export const getSyntheticTargets = (signal?: AbortSignal): Promise<SyntheticList> => apiRequest<SyntheticList>('/api/synthetic', { signal });

export const getSyntheticTargetsQueryOptions = () =>
  queryOptions({ queryKey: [...SYNTHETIC_QUERY_KEY, 'list'], queryFn: ({ signal }) => getSyntheticTargets(signal) });

export const useSyntheticTargets = () => useQuery(getSyntheticTargetsQueryOptions());
