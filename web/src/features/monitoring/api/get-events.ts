import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { EventList, EventsQuery } from '@server/http/routes/monitoring/schema.js';
import { apiRequest, withQuery } from '../../../lib/api-client';

export const EVENTS_QUERY_KEY = ['monitoring', 'events'] as const;

/** Newest first. */
export const getEvents = (params: EventsQuery = {}, signal?: AbortSignal): Promise<EventList> =>
  apiRequest<EventList>(withQuery('/api/events', { ...params }), { signal });

export const getEventsQueryOptions = (params: EventsQuery = {}) =>
  queryOptions({ queryKey: [...EVENTS_QUERY_KEY, params], queryFn: ({ signal }) => getEvents(params, signal), placeholderData: keepPreviousData });

export const useEvents = (params: EventsQuery = {}) => useQuery(getEventsQueryOptions(params));
