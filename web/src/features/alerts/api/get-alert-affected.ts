import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { AffectedList } from '@server/http/routes/alerts/schema.js';
import { apiRequest, withQuery } from '../../../lib/api-client';
import { ALERTS_QUERY_KEY } from './get-alerts';

/** A page of the devices a root alert took down with it, by name. */
export const AFFECTED_PAGE = 50;

export const getAlertAffected = (id: number, offset: number, signal?: AbortSignal): Promise<AffectedList> =>
  apiRequest<AffectedList>(withQuery(`/api/alerts/${id}/affected`, { limit: AFFECTED_PAGE, offset }), { signal });

// Under the alerts key: a live alert event refreshes their statuses too.
export const getAlertAffectedQueryOptions = (id: number, offset: number) =>
  queryOptions({ queryKey: [...ALERTS_QUERY_KEY, 'affected', id, offset], queryFn: ({ signal }) => getAlertAffected(id, offset, signal), placeholderData: keepPreviousData });

export const useAlertAffected = (id: number | null, offset: number) => useQuery({ ...getAlertAffectedQueryOptions(id ?? 0, offset), enabled: id !== null });
