import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ME_QUERY_KEY } from '../features/auth/api/get-me';
import { isApiError } from '../lib/api-client';

/**
 * One place decides what a 401 or a pending password change means for the whole app:
 * the session query is cleared or refetched, and the route guards redirect.
 */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => handleSessionError(error) }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _result, mutation) => {
        if (!mutation.meta?.skipAuthRedirect) handleSessionError(error);
      },
      // Inventory data is interlinked (device counts, uplinks, parents): refetch what is on screen.
      onSuccess: (_data, _variables, _result, mutation) => {
        if (!mutation.meta?.skipInvalidate) void client.invalidateQueries();
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        refetchOnWindowFocus: false,
        retry: (count, error) => !(isApiError(error) && error.status < 500) && count < 2,
      },
    },
  });

  function handleSessionError(error: unknown): void {
    if (!isApiError(error)) return;
    if (error.status === 401) client.setQueryData(ME_QUERY_KEY, null);
    else if (error.code === 'PASSWORD_CHANGE_REQUIRED') void client.invalidateQueries({ queryKey: ME_QUERY_KEY });
  }

  return client;
}
