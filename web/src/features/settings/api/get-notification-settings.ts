import { queryOptions, useQuery } from '@tanstack/react-query';
import type { NotificationSettingsView } from '@server/http/routes/settings/schema.js';
import { apiRequest } from '../../../lib/api-client';

export const getNotificationSettings = (signal?: AbortSignal): Promise<NotificationSettingsView> =>
  apiRequest<NotificationSettingsView>('/api/settings/notifications', { signal });

export const getNotificationSettingsQueryOptions = () =>
  queryOptions({ queryKey: ['settings', 'notifications'], queryFn: ({ signal }) => getNotificationSettings(signal) });

export const useNotificationSettings = (options: { enabled?: boolean } = {}) =>
  useQuery({ ...getNotificationSettingsQueryOptions(), enabled: options.enabled ?? true });
