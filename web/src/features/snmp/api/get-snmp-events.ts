import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Static } from 'typebox';
import type { SnmpEventList as SnmpEventListSchema } from '@server/http/routes/snmp/schema.js';
import { apiRequest, withQuery } from '../../../lib/api-client';
import { SNMP_QUERY_KEY } from './get-device-snmp';

export type SnmpEventList = Static<typeof SnmpEventListSchema>;
export type SnmpEventItem = SnmpEventList['items'][number];

/** Reboots, links going down or up, SNMP failing or answering again; newest first. */
export const getSnmpEvents = (id: number, limit: number, signal?: AbortSignal): Promise<SnmpEventList> =>
  apiRequest<SnmpEventList>(withQuery(`/api/devices/${id}/snmp/events`, { limit }), { signal });

export const getSnmpEventsQueryOptions = (id: number, limit: number) =>
  queryOptions({ queryKey: [...SNMP_QUERY_KEY, 'events', id, limit], queryFn: ({ signal }) => getSnmpEvents(id, limit, signal) });

export const useSnmpEvents = (id: number, limit = 20) => useQuery({ ...getSnmpEventsQueryOptions(id, limit), enabled: id > 0 });
