import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { ChangeList } from '@server/http/routes/incidents/schema.js';
import { apiRequest, withQuery } from '../../../lib/api-client';
import { INCIDENTS_QUERY_KEY } from './get-incidents';

/** Newest first, each naming the device it depends on (see group-changes.ts). */
export const getChanges = (limit: number, signal?: AbortSignal): Promise<ChangeList> => apiRequest<ChangeList>(withQuery('/api/incidents/changes', { limit }), { signal });

export const getChangesQueryOptions = (limit: number) =>
  queryOptions({ queryKey: [...INCIDENTS_QUERY_KEY, 'changes', limit], queryFn: ({ signal }) => getChanges(limit, signal), placeholderData: keepPreviousData });

export const useChanges = (limit: number) => useQuery(getChangesQueryOptions(limit));
