import { useMutation } from '@tanstack/react-query';
import type { Device, DeviceCreate } from '@server/http/routes/devices/schema.js';
import { apiRequest } from '../../../lib/api-client';

export const createDevice = (body: DeviceCreate): Promise<Device> => apiRequest<Device>('/api/devices', { method: 'POST', body });

export const useCreateDevice = () => useMutation({ mutationFn: createDevice });
