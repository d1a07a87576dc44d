import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AffectedList } from '@server/http/routes/incidents/schema.js';
import { apiRequest, withQuery } from '../../../lib/api-client';
import { INCIDENTS_QUERY_KEY } from './get-incidents';

export const getIncidentAffected = (key: string, signal?: AbortSignal): Promise<AffectedList> =>
  apiRequest<AffectedList>(withQuery('/api/incidents/affected', { key }), { signal });

export const getIncidentAffectedQueryOptions = (key: string) =>
  queryOptions({ queryKey: [...INCIDENTS_QUERY_KEY, 'affected', key], queryFn: ({ signal }) => getIncidentAffected(key, signal) });

/** Fetched only while the list is open (`key` set). */
export const useIncidentAffected = (key: string | null) => useQuery({ ...getIncidentAffectedQueryOptions(key ?? ''), enabled: key !== null });
