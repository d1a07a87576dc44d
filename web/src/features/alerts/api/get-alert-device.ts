import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Device } from '@server/http/routes/devices/schema.js';
import { apiRequest } from '../../../lib/api-client';

/** An alert carries only the device id; its name is looked up once per device. */
export const getAlertDevice = (id: number, signal?: AbortSignal): Promise<Device> => apiRequest<Device>(`/api/devices/${id}`, { signal });

// Outside the 'devices' and 'alerts' keys on purpose: names do not move with each round or alert.
export const getAlertDeviceQueryOptions = (id: number) =>
  queryOptions({ queryKey: ['alert-device', id], queryFn: ({ signal }) => getAlertDevice(id, signal), staleTime: 5 * 60_000 });

export const useAlertDeviceName = (id: number | null) =>
  useQuery({ ...getAlertDeviceQueryOptions(id ?? 0), enabled: id !== null && id > 0, select: (device) => device.name });
