import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { DeviceList } from '@server/http/routes/devices/schema.js';
import { apiRequest, withQuery } from '../../../lib/api-client';

/** Enough to pick from while typing; there can be tens of thousands of devices. */
export const TARGET_SEARCH_LIMIT = 20;

export const getTargetDevices = (q: string, signal?: AbortSignal): Promise<DeviceList> =>
  apiRequest<DeviceList>(withQuery('/api/devices', { q, limit: TARGET_SEARCH_LIMIT, sort: 'name' }), { signal });

// Outside the 'devices' key on purpose: names do not move with each monitoring round.
export const getTargetDevicesQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ['maintenance-targets', 'devices', q],
    queryFn: ({ signal }) => getTargetDevices(q, signal),
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });

export const useTargetDevices = (q: string, options: { enabled?: boolean } = {}) =>
  useQuery({ ...getTargetDevicesQueryOptions(q), enabled: options.enabled ?? true });
