import { queryOptions, useQuery } from '@tanstack/react-query';
import type { SnmpView } from '@server/http/routes/snmp/schema.js';
import { apiRequest } from '../../../lib/api-client';

/** Every SNMP query starts with this key, so one SNMP poll cycle refreshes them all. */
export const SNMP_QUERY_KEY = ['snmp'] as const;

export const getDeviceSnmp = (id: number, signal?: AbortSignal): Promise<SnmpView> => apiRequest<SnmpView>(`/api/devices/${id}/snmp`, { signal });

export const getDeviceSnmpQueryOptions = (id: number) =>
  queryOptions({ queryKey: [...SNMP_QUERY_KEY, 'view', id], queryFn: ({ signal }) => getDeviceSnmp(id, signal) });

export const useDeviceSnmp = (id: number, options: { enabled?: boolean } = {}) =>
  useQuery({ ...getDeviceSnmpQueryOptions(id), enabled: id > 0 && (options.enabled ?? true) });
