import { queryOptions, useQuery } from '@tanstack/react-query';
import type { TowerAvailability } from '@server/http/routes/towers/schema.js';
import { apiRequest, withQuery } from '../../../lib/api-client';

/** Availability over the last `hours`; under ['towers'], so tower status changes refresh it. */
export const getTowerAvailability = (id: number, hours: number): Promise<TowerAvailability> =>
  apiRequest<TowerAvailability>(withQuery(`/api/towers/${id}/availability`, { from: new Date(Date.now() - hours * 3_600_000).toISOString() }));

export const getTowerAvailabilityQueryOptions = (id: number, hours: number) =>
  queryOptions({ queryKey: ['towers', 'availability', id, hours], queryFn: () => getTowerAvailability(id, hours) });

export const useTowerAvailability = (id: number, hours: number) => useQuery(getTowerAvailabilityQueryOptions(id, hours));
