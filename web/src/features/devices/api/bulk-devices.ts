import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DeviceBulk, DeviceBulkResult } from '@server/http/routes/devices/schema.js';
import { apiRequest } from '../../../lib/api-client';

export const bulkDevices = (body: DeviceBulk): Promise<DeviceBulkResult> => apiRequest<DeviceBulkResult>('/api/devices/bulk', { method: 'POST', body });

/** After any bulk action every device list and detail may have changed, and maintenance windows too. */
export const useBulkDevices = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: bulkDevices,
    onSuccess: async () => {
      await Promise.all([queryClient.invalidateQueries({ queryKey: ['devices'] }), queryClient.invalidateQueries({ queryKey: ['maintenance'] })]);
    },
  });
};
