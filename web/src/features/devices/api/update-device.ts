import { useMutation } from '@tanstack/react-query';
import type { Device, DevicePatch } from '@server/http/routes/devices/schema.js';
import { apiRequest } from '../../../lib/api-client';

export const updateDevice = ({ id, patch }: { id: number; patch: DevicePatch }): Promise<Device> =>
  apiRequest<Device>(`/api/devices/${id}`, { method: 'PATCH', body: patch });

export const useUpdateDevice = () => useMutation({ mutationFn: updateDevice });
