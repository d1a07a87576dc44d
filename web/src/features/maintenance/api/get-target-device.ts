import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Device } from '@server/http/routes/devices/schema.js';
import { apiRequest } from '../../../lib/api-client';

/** The device named in a "put in maintenance" link, for its name. */
export const getTargetDevice = (id: number, signal?: AbortSignal): Promise<Device> => apiRequest<Device>(`/api/devices/${id}`, { signal });

export const getTargetDeviceQueryOptions = (id: number) =>
  queryOptions({ queryKey: ['maintenance-targets', 'device', id], queryFn: ({ signal }) => getTargetDevice(id, signal), staleTime: 5 * 60_000 });

export const useTargetDeviceName = (id: number | null) =>
  useQuery({ ...getTargetDeviceQueryOptions(id ?? 0), enabled: id !== null && id > 0, select: (device) => device.name });
