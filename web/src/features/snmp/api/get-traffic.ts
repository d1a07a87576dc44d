import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Static } from 'typebox';
import type { TrafficSeries as TrafficSeriesSchema } from '@server/http/routes/snmp/schema.js';
import { apiRequest, withQuery } from '../../../lib/api-client';
import { windowEndingNow, type TimeRange } from '../../../lib/time-ranges';
import { SNMP_QUERY_KEY } from './get-device-snmp';

export type TrafficSeries = Static<typeof TrafficSeriesSchema>;

/** One interface's in/out bit/s over a window. */
export const getTraffic = (id: number, query: { ifIndex: number; from: string; to: string }, signal?: AbortSignal): Promise<TrafficSeries> =>
  apiRequest<TrafficSeries>(withQuery(`/api/devices/${id}/traffic`, query), { signal });

export const getTrafficQueryOptions = (id: number, ifIndex: number, range: TimeRange) =>
  queryOptions({
    queryKey: [...SNMP_QUERY_KEY, 'traffic', id, ifIndex, range],
    queryFn: ({ signal }) => getTraffic(id, { ifIndex, ...windowEndingNow(range) }, signal),
    placeholderData: keepPreviousData,
  });

export const useTraffic = (id: number, ifIndex: number | null, range: TimeRange) =>
  useQuery({ ...getTrafficQueryOptions(id, ifIndex ?? 0, range), enabled: id > 0 && ifIndex !== null });
