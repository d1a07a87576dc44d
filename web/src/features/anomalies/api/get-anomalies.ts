import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AnomalyList, AnomalyQuery } from '@server/http/routes/anomalies/schema.js';
import { apiRequest, withQuery } from '../../../lib/api-client';

export const ANOMALIES_QUERY_KEY = ['anomalies'] as const;

/** Newest first: open ones and those that ended within the range asked for. */
export const getAnomalies = (query: AnomalyQuery = {}, signal?: AbortSignal): Promise<AnomalyList> =>
  apiRequest<AnomalyList>(withQuery('/api/anomalies', { ...query }), { signal });

export const getAnomaliesQueryOptions = (query: AnomalyQuery = {}) =>
  queryOptions({ queryKey: [...ANOMALIES_QUERY_KEY, query], queryFn: ({ signal }) => getAnomalies(query, signal) });

export const useAnomalies = (query: AnomalyQuery = {}) => useQuery(getAnomaliesQueryOptions(query));
