import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Summary } from '@server/http/routes/monitoring/schema.js';
import { apiRequest } from '../../../lib/api-client';

export const SUMMARY_QUERY_KEY = ['monitoring', 'summary'] as const;

export const getSummary = (signal?: AbortSignal): Promise<Summary> => apiRequest<Summary>('/api/summary', { signal });

export const getSummaryQueryOptions = () => queryOptions({ queryKey: SUMMARY_QUERY_KEY, queryFn: ({ signal }) => getSummary(signal) });

export const useSummary = () => useQuery(getSummaryQueryOptions());
