import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { NotificationSettingsUpdate, NotificationSettingsView } from '@server/http/routes/settings/schema.js';
import { apiRequest } from '../../../lib/api-client';
import { getNotificationSettingsQueryOptions } from './get-notification-settings';

/** Fields left out keep their value; null clears a secret. */
export const updateNotificationSettings = (update: NotificationSettingsUpdate): Promise<NotificationSettingsView> =>
  apiRequest<NotificationSettingsView>('/api/settings/notifications', { method: 'PUT', body: update });

export function useUpdateNotificationSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: updateNotificationSettings,
    // The answer is the new view; nothing else on screen depends on it.
    meta: { skipInvalidate: true },
    onSuccess: (view) => client.setQueryData(getNotificationSettingsQueryOptions().queryKey, view),
  });
}
