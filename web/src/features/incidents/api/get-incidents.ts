import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { IncidentList } from '@server/http/routes/incidents/schema.js';
import { apiRequest } from '../../../lib/api-client';

/** Incidents, their affected lists and the grouped changes: the live stream refreshes them all. */
export const INCIDENTS_QUERY_KEY = ['incidents'] as const;

export const getIncidents = (signal?: AbortSignal): Promise<IncidentList> => apiRequest<IncidentList>('/api/incidents', { signal });

export const getIncidentsQueryOptions = () =>
  queryOptions({ queryKey: [...INCIDENTS_QUERY_KEY, 'list'], queryFn: ({ signal }) => getIncidents(signal), placeholderData: keepPreviousData });

export const useIncidents = () => useQuery(getIncidentsQueryOptions());
