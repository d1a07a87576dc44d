import { queryOptions, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AlertCount, AlertListItem, AlertQuery } from '@server/http/routes/alerts/schema.js';
import type { DeviceType } from '@server/http/routes/devices/schema.js';
import { apiRequest, withQuery } from '../../../lib/api-client';
import { windowEndingNow } from '../../../lib/time-ranges';
import type { HistoryRange, Severity } from '../alert-options';

export interface AlertList {
  items: AlertListItem[];
}

export const ALERTS_QUERY_KEY = ['alerts'] as const;

/** Open alerts are few: all of them. History is capped; the page says when the cap is hit. */
export const OPEN_LIMIT = 1000;
export const HISTORY_LIMIT = 500;

/** Filters the server applies. */
export interface AlertFilterParams {
  deviceId?: number;
  towerId?: number;
  type?: DeviceType;
  severity?: Severity;
  notSent?: boolean;
}

/** What the page asks for; `from`/`to` are derived at fetch time from `range`. `lang`: the messages' language (the UI's). */
export type AlertListParams = ({ state: 'open' } | { state: 'resolved'; range: HistoryRange }) & AlertFilterParams & { lang?: 'pt-BR' | 'en' };

/** Newest first (by start). */
export const getAlerts = (query: AlertQuery = {}, signal?: AbortSignal): Promise<AlertList> =>
  apiRequest<AlertList>(withQuery('/api/alerts', { ...query }), { signal });

const toQuery = (params: AlertListParams): AlertQuery => {
  const filters: AlertQuery = {
    deviceId: params.deviceId,
    towerId: params.towerId,
    type: params.type,
    severity: params.severity,
    belowMinimum: params.notSent ? true : undefined,
    lang: params.lang,
  };
  return params.state === 'open'
    ? { state: 'open', ...filters, limit: OPEN_LIMIT }
    : { state: 'resolved', ...filters, limit: HISTORY_LIMIT, ...windowEndingNow(params.range) };
};

/** The history window ends "now" at each fetch, so a live refetch slides it forward. */
export const getAlertsQueryOptions = (params: AlertListParams) =>
  queryOptions({ queryKey: [...ALERTS_QUERY_KEY, 'list', params], queryFn: ({ signal }) => getAlerts(toQuery(params), signal) });

/** Messages in the UI's language unless `lang` says otherwise, on every page that lists alerts. */
export const useAlerts = (params: AlertListParams) => {
  const { i18n } = useTranslation();
  return useQuery(getAlertsQueryOptions({ lang: alertLanguage(i18n.language), ...params }));
};

/** The language alert messages are asked in: the UI's. */
export const alertLanguage = (uiLanguage: string): 'pt-BR' | 'en' => (uiLanguage.startsWith('en') ? 'en' : 'pt-BR');

/** Open alerts that were (or will be) announced: the dependents of an outage do not count. One number, not the list. */
export const useOpenAlertCount = () =>
  useQuery({ queryKey: [...ALERTS_QUERY_KEY, 'count'], queryFn: ({ signal }) => apiRequest<AlertCount>('/api/alerts/count', { signal }), select: (data) => data.causes });
