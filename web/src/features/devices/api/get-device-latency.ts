import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { LatencyQuery, LatencySeries } from '@server/http/routes/devices/schema.js';
import { apiRequest, withQuery } from '../../../lib/api-client';
import { windowEndingNow, type TimeRange } from '../../../lib/time-ranges';

export const getDeviceLatency = (id: number, query: LatencyQuery = {}, signal?: AbortSignal): Promise<LatencySeries> =>
  apiRequest<LatencySeries>(withQuery(`/api/devices/${id}/latency`, { ...query }), { signal });

/** The window ends "now" at each fetch, so a live refetch slides it forward. */
export const getDeviceLatencyQueryOptions = (id: number, range: TimeRange) =>
  queryOptions({
    queryKey: ['devices', 'latency', id, range],
    queryFn: ({ signal }) => getDeviceLatency(id, windowEndingNow(range), signal),
    placeholderData: keepPreviousData,
  });

export const useDeviceLatency = (id: number, range: TimeRange) => useQuery({ ...getDeviceLatencyQueryOptions(id, range), enabled: id > 0 });
