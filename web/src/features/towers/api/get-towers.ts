import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { TowerList } from '@server/http/routes/towers/schema.js';
import { apiRequest, withQuery } from '../../../lib/api-client';

export interface TowersParams {
  q?: string;
}

export const getTowers = (params: TowersParams = {}): Promise<TowerList> => apiRequest<TowerList>(withQuery('/api/towers', { q: params.q }));

export const getTowersQueryOptions = (params: TowersParams = {}) =>
  queryOptions({ queryKey: ['towers', 'list', params], queryFn: () => getTowers(params), placeholderData: keepPreviousData });

export const useTowers = (params: TowersParams = {}) => useQuery(getTowersQueryOptions(params));
