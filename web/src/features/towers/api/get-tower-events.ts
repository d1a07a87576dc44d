import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TowerEventList } from '@server/http/routes/towers/schema.js';
import { apiRequest, withQuery } from '../../../lib/api-client';

/** Under ['towers'], so the live stream's tower refresh reaches it. */
export const getTowerEvents = (id: number, limit = 50): Promise<TowerEventList> => apiRequest<TowerEventList>(withQuery(`/api/towers/${id}/events`, { limit }));

export const getTowerEventsQueryOptions = (id: number, limit = 50) => queryOptions({ queryKey: ['towers', 'events', id, limit], queryFn: () => getTowerEvents(id, limit) });

export const useTowerEvents = (id: number, limit = 50) => useQuery(getTowerEventsQueryOptions(id, limit));
