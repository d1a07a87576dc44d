import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { SyntheticHistory, SyntheticHistoryQuery } from '@server/http/routes/synthetic/schema.js';
import { apiRequest, withQuery } from '../../../lib/api-client';
import { windowEndingNow, type TimeRange } from '../../../lib/time-ranges';
import { SYNTHETIC_QUERY_KEY } from './get-synthetic-targets';

export const getSyntheticHistory = (id: number, query: SyntheticHistoryQuery = {}, signal?: AbortSignal): Promise<SyntheticHistory> =>
  apiRequest<SyntheticHistory>(withQuery(`/api/synthetic/${id}/history`, { ...query }), { signal });

/** The window ends "now" at each fetch, so the refetch after a round slides it forward. */
export const getSyntheticHistoryQueryOptions = (id: number, range: TimeRange) =>
  queryOptions({
    queryKey: [...SYNTHETIC_QUERY_KEY, 'history', id, range],
    queryFn: ({ signal }) => getSyntheticHistory(id, windowEndingNow(range), signal),
    placeholderData: keepPreviousData,
  });

export const useSyntheticHistory = (id: number, range: TimeRange) => useQuery(getSyntheticHistoryQueryOptions(id, range));
