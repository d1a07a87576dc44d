import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Tower } from '@server/http/routes/towers/schema.js';
import { apiRequest } from '../../../lib/api-client';

/** The tower named in a "put in maintenance" link, for its name. */
export const getTargetTower = (id: number, signal?: AbortSignal): Promise<Tower> => apiRequest<Tower>(`/api/towers/${id}`, { signal });

export const getTargetTowerQueryOptions = (id: number) =>
  queryOptions({ queryKey: ['maintenance-targets', 'tower', id], queryFn: ({ signal }) => getTargetTower(id, signal), staleTime: 5 * 60_000 });

export const useTargetTowerName = (id: number | null) =>
  useQuery({ ...getTargetTowerQueryOptions(id ?? 0), enabled: id !== null && id > 0, select: (tower) => tower.name });
