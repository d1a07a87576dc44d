import { queryOptions, useQuery } from '@tanstack/react-query';
import type { DeviceList, WorstQuery } from '@server/http/routes/devices/schema.js';
import { apiRequest, withQuery } from '../../../lib/api-client';

/** The server ranks every monitored device by its last round; the page shows the top ones. */
export const getWorstDevices = (params: WorstQuery, signal?: AbortSignal): Promise<DeviceList> =>
  apiRequest<DeviceList>(withQuery('/api/devices/worst', { ...params }), { signal });

export const getWorstDevicesQueryOptions = (params: WorstQuery) =>
  queryOptions({ queryKey: ['devices', 'worst', params], queryFn: ({ signal }) => getWorstDevices(params, signal) });

export const useWorstDevices = (params: WorstQuery) => useQuery(getWorstDevicesQueryOptions(params));
