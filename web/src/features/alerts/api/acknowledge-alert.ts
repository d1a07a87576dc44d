import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AlertView } from '@server/http/routes/alerts/schema.js';
import { apiRequest } from '../../../lib/api-client';
import { ALERTS_QUERY_KEY } from './get-alerts';

export const acknowledgeAlert = (id: number): Promise<AlertView> => apiRequest<AlertView>(`/api/alerts/${id}/ack`, { method: 'POST' });

/** Only the alert lists change: no need to refetch the inventory as other mutations do. */
export const useAcknowledgeAlert = () => {
  const client = useQueryClient();
  return useMutation({
    mutationFn: acknowledgeAlert,
    meta: { skipInvalidate: true },
    onSuccess: () => client.invalidateQueries({ queryKey: ALERTS_QUERY_KEY }),
  });
};
