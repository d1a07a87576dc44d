import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TowerPath } from '@server/http/routes/towers/schema.js';
import { apiRequest } from '../../../lib/api-client';

/** Under ['towers'] and refetched with the devices on each status change (see useLiveUpdates). */
export const getTowerPath = (id: number): Promise<TowerPath> => apiRequest<TowerPath>(`/api/towers/${id}/path`);

export const getTowerPathQueryOptions = (id: number) => queryOptions({ queryKey: ['towers', 'path', id], queryFn: () => getTowerPath(id) });

export const useTowerPath = (id: number) => useQuery(getTowerPathQueryOptions(id));
