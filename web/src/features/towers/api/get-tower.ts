import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Tower } from '@server/http/routes/towers/schema.js';
import { apiRequest } from '../../../lib/api-client';

export const getTower = (id: number): Promise<Tower> => apiRequest<Tower>(`/api/towers/${id}`);

export const getTowerQueryOptions = (id: number) => queryOptions({ queryKey: ['towers', 'detail', id], queryFn: () => getTower(id) });

export const useTower = (id: number) => useQuery(getTowerQueryOptions(id));
