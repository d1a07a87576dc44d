import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Device } from '@server/http/routes/devices/schema.js';
import { apiRequest } from '../../../lib/api-client';

export const getDevice = (id: number): Promise<Device> => apiRequest<Device>(`/api/devices/${id}`);

export const getDeviceQueryOptions = (id: number) => queryOptions({ queryKey: ['devices', 'detail', id], queryFn: () => getDevice(id) });

export const useDevice = (id: number | null) => useQuery({ ...getDeviceQueryOptions(id ?? 0), enabled: id !== null && id > 0 });
