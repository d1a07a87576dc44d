import { queryOptions, useQuery, type QueryKey } from '@tanstack/react-query';
import type { LinkList } from '@server/http/routes/links/schema.js';
import { apiRequest, withQuery } from '../../../lib/api-client';

/** The live stream invalidates this on `status`, `tower-status` and `snmp-cycle` events. */
export const LINKS_QUERY_KEY: QueryKey = ['links'];

export interface LinksParams {
  /** Only the links with an end on this tower. */
  towerId?: number;
}

export const getLinks = (params: LinksParams = {}): Promise<LinkList> => apiRequest<LinkList>(withQuery('/api/links', { towerId: params.towerId }));

export const getLinksQueryOptions = (params: LinksParams = {}) => queryOptions({ queryKey: [...LINKS_QUERY_KEY, params], queryFn: () => getLinks(params) });

export const useLinks = (params: LinksParams = {}) => useQuery(getLinksQueryOptions(params));
