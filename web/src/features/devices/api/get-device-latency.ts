import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { LatencyQuery, LatencySeries } from '@server/http/routes/devices/schema.js';
import { apiRequest, withQuery } from '../../../lib/api-client';
import { RANGE_MS, type LatencyRange } from '../latency-ranges';

export const getDeviceLatency = (id: number, query: LatencyQuery = {}, signal?: AbortSignal): Promise<LatencySeries> =>
  apiRequest<LatencySeries>(withQuery(`/api/devices/${id}/latency`, { ...query }), { signal });

/** The window ends "now" at each fetch, so a live refetch slides it forward. */
export const getDeviceLatencyQueryOptions = (id: number, range: LatencyRange) =>
  queryOptions({
    queryKey: ['devices', 'latency', id, range],
    queryFn: ({ signal }) => {
      const to = Date.now();
      return getDeviceLatency(id, { from: new Date(to - RANGE_MS[range]).toISOString(), to: new Date(to).toISOString() }, signal);
    },
    placeholderData: keepPreviousData,
  });

export const useDeviceLatency = (id: number, range: LatencyRange) => useQuery({ ...getDeviceLatencyQueryOptions(id, range), enabled: id > 0 });
