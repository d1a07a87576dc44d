import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { INCIDENTS_QUERY_KEY } from './get-incidents';

/** Acknowledges every open alert behind an incident (one for a device or an uplink). */
export const acknowledgeIncident = async (alertIds: readonly number[]): Promise<void> => {
  await Promise.all(alertIds.map((id) => apiRequest(`/api/alerts/${id}/ack`, { method: 'POST' })));
};

/** Only incidents change here; the alert lists follow the live stream's `alert` events. */
export const useAcknowledgeIncident = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: acknowledgeIncident,
    meta: { skipInvalidate: true },
    onSuccess: () => client.invalidateQueries({ queryKey: INCIDENTS_QUERY_KEY }),
  });
};
