import { queryOptions, useQuery } from '@tanstack/react-query';
import type { ApiTokenList } from '@server/http/routes/tokens/schema.js';
import { apiRequest } from '../../../lib/api-client';

export const getTokens = (): Promise<ApiTokenList> => apiRequest<ApiTokenList>('/api/tokens');

export const getTokensQueryOptions = () => queryOptions({ queryKey: ['tokens', 'list'], queryFn: getTokens });

export const useTokens = () => useQuery(getTokensQueryOptions());
