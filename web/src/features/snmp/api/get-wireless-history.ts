import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Static } from 'typebox';
import type { WirelessSeries as WirelessSeriesSchema } from '@server/http/routes/snmp/schema.js';
import { apiRequest, withQuery } from '../../../lib/api-client';
import { windowEndingNow, type TimeRange } from '../../../lib/time-ranges';
import { SNMP_QUERY_KEY } from './get-device-snmp';

export type WirelessSeries = Static<typeof WirelessSeriesSchema>;

/** One radio's signal, noise, SNR, CCQ, rates and client count over a window; `radio` is its history key. */
export const getWirelessHistory = (id: number, query: { ifIndex: number; from: string; to: string }, signal?: AbortSignal): Promise<WirelessSeries> =>
  apiRequest<WirelessSeries>(withQuery(`/api/devices/${id}/wireless-history`, query), { signal });

export const getWirelessHistoryQueryOptions = (id: number, radio: number, range: TimeRange) =>
  queryOptions({
    queryKey: [...SNMP_QUERY_KEY, 'wireless', id, radio, range],
    queryFn: ({ signal }) => getWirelessHistory(id, { ifIndex: radio, ...windowEndingNow(range) }, signal),
    placeholderData: keepPreviousData,
  });

export const useWirelessHistory = (id: number, radio: number | null, range: TimeRange) =>
  useQuery({ ...getWirelessHistoryQueryOptions(id, radio ?? 0, range), enabled: id > 0 && radio !== null });
