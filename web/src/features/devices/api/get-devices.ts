import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { DeviceList, DeviceListQuery } from '@server/http/routes/devices/schema.js';
import { apiRequest, withQuery } from '../../../lib/api-client';

export const getDevices = (params: DeviceListQuery = {}, signal?: AbortSignal): Promise<DeviceList> =>
  apiRequest<DeviceList>(withQuery('/api/devices', { ...params }), { signal });

export const getDevicesQueryOptions = (params: DeviceListQuery = {}) =>
  queryOptions({
    queryKey: ['devices', 'list', params],
    queryFn: ({ signal }) => getDevices(params, signal),
    // Keep the old page on screen while the next one loads: no flicker when paging 10,000 rows.
    placeholderData: keepPreviousData,
  });

export const useDevices = (params: DeviceListQuery = {}, options: { enabled?: boolean } = {}) =>
  useQuery({ ...getDevicesQueryOptions(params), enabled: options.enabled ?? true });
