import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { SnmpView } from '@server/http/routes/snmp/schema.js';
import { apiRequest } from '../../../lib/api-client';
import { getDeviceSnmpQueryOptions } from './get-device-snmp';

/** Polls the device now, whatever ICMP says; the answer is the new view. */
export const pollDeviceSnmp = (id: number): Promise<SnmpView> => apiRequest<SnmpView>(`/api/devices/${id}/snmp/poll`, { method: 'POST' });

export function usePollDeviceSnmp() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: pollDeviceSnmp,
    // Shown at once; the app-wide refetch after a mutation then updates the list figures and events.
    onSuccess: (view, id) => client.setQueryData(getDeviceSnmpQueryOptions(id).queryKey, view),
  });
}
