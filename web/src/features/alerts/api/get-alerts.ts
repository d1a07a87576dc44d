import { queryOptions, useQuery } from '@tanstack/react-query';
import type { AlertQuery, AlertView } from '@server/http/routes/alerts/schema.js';
import { apiRequest, withQuery } from '../../../lib/api-client';
import { windowEndingNow } from '../../../lib/time-ranges';
import type { HistoryRange } from '../alert-options';

export interface AlertList {
  items: AlertView[];
}

export const ALERTS_QUERY_KEY = ['alerts'] as const;

/** Open alerts are few: all of them. History is capped; the page says when the cap is hit. */
export const OPEN_LIMIT = 1000;
export const HISTORY_LIMIT = 500;

/** What the page asks for; `from`/`to` are derived at fetch time from `range`. */
export type AlertListParams = { state: 'open'; deviceId?: number } | { state: 'resolved'; range: HistoryRange; deviceId?: number };

/** Newest first (by start). */
export const getAlerts = (query: AlertQuery = {}, signal?: AbortSignal): Promise<AlertList> =>
  apiRequest<AlertList>(withQuery('/api/alerts', { ...query }), { signal });

const toQuery = (params: AlertListParams): AlertQuery =>
  params.state === 'open'
    ? { state: 'open', deviceId: params.deviceId, limit: OPEN_LIMIT }
    : { state: 'resolved', deviceId: params.deviceId, limit: HISTORY_LIMIT, ...windowEndingNow(params.range) };

/** The history window ends "now" at each fetch, so a live refetch slides it forward. */
export const getAlertsQueryOptions = (params: AlertListParams) =>
  queryOptions({ queryKey: [...ALERTS_QUERY_KEY, 'list', params], queryFn: ({ signal }) => getAlerts(toQuery(params), signal) });

export const useAlerts = (params: AlertListParams) => useQuery(getAlertsQueryOptions(params));

/** Open alerts that were (or will be) announced: the dependents of an outage do not count. */
export const useOpenAlertCount = () =>
  useQuery({ ...getAlertsQueryOptions({ state: 'open' }), select: (data) => data.items.filter((a) => a.suppressedBy === null).length });
