import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AlertSeveritySettings, AlertSeverityUpdate } from '@server/http/routes/settings/schema.js';
import { apiRequest } from '../../../lib/api-client';
import { getAlertSeverityQueryOptions } from './get-alert-severity';

/** Fields left out keep their value; open alerts take the new severities at once. */
export const updateAlertSeverity = (update: AlertSeverityUpdate): Promise<AlertSeveritySettings> =>
  apiRequest<AlertSeveritySettings>('/api/settings/alert-severity', { method: 'PUT', body: update });

export function useUpdateAlertSeverity() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: updateAlertSeverity,
    // Open alerts may change severity: the alert lists are refreshed by the default invalidation.
    onSuccess: (view) => client.setQueryData(getAlertSeverityQueryOptions().queryKey, view),
  });
}
