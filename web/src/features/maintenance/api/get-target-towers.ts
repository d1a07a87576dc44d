import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { TowerList } from '@server/http/routes/towers/schema.js';
import { apiRequest, withQuery } from '../../../lib/api-client';

export const getTargetTowers = (q: string, signal?: AbortSignal): Promise<TowerList> => apiRequest<TowerList>(withQuery('/api/towers', { q }), { signal });

export const getTargetTowersQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ['maintenance-targets', 'towers', q],
    queryFn: ({ signal }) => getTargetTowers(q, signal),
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });

export const useTargetTowers = (q: string, options: { enabled?: boolean } = {}) =>
  useQuery({ ...getTargetTowersQueryOptions(q), enabled: options.enabled ?? true });
