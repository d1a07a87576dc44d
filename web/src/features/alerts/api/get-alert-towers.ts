import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TowerList } from '@server/http/routes/towers/schema.js';
import { apiRequest } from '../../../lib/api-client';

/** The towers to filter alerts by: names only, looked up once in a while. */
export const getAlertTowers = (signal?: AbortSignal): Promise<TowerList> => apiRequest<TowerList>('/api/towers', { signal });

export const getAlertTowersQueryOptions = () =>
  queryOptions({
    queryKey: ['alert-towers'],
    queryFn: ({ signal }) => getAlertTowers(signal),
    staleTime: 5 * 60_000,
    select: (list) => list.items.map((t) => ({ id: t.id, name: t.name })).sort((a, b) => a.name.localeCompare(b.name)),
  });

export const useAlertTowers = (enabled = true) => useQuery({ ...getAlertTowersQueryOptions(), enabled });
