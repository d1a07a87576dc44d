import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MaintenanceQuery, MaintenanceView } from '@server/http/routes/maintenance/schema.js';
import { apiRequest, withQuery } from '../../../lib/api-client';

export interface MaintenanceList {
  items: MaintenanceView[];
}

export const MAINTENANCE_QUERY_KEY = ['maintenance'] as const;

/** `current`: what the server answers without a state, active and upcoming together. */
export type MaintenanceListState = 'current' | 'past';

export const getMaintenanceWindows = (query: MaintenanceQuery = {}, signal?: AbortSignal): Promise<MaintenanceList> =>
  apiRequest<MaintenanceList>(withQuery('/api/maintenance', { ...query }), { signal });

export const getMaintenanceWindowsQueryOptions = (state: MaintenanceListState) =>
  queryOptions({
    queryKey: [...MAINTENANCE_QUERY_KEY, 'list', state],
    queryFn: ({ signal }) => getMaintenanceWindows(state === 'past' ? { state: 'past' } : {}, signal),
  });

export const useMaintenanceWindows = (state: MaintenanceListState, options: { enabled?: boolean } = {}) =>
  useQuery({ ...getMaintenanceWindowsQueryOptions(state), enabled: options.enabled ?? true });
