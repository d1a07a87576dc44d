import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginBody, LoginResponse } from '@server/http/routes/auth/schema.js';
import { apiRequest } from '../../../lib/api-client';
import { ME_QUERY_KEY } from './get-me';

export const login = (body: LoginBody): Promise<LoginResponse> => apiRequest<LoginResponse>('/api/auth/login', { method: 'POST', body });

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    // The token is also in the httpOnly cookie; the response copy is deliberately dropped.
    onSuccess: ({ user }) => queryClient.setQueryData(ME_QUERY_KEY, user),
    meta: { skipInvalidate: true, skipAuthRedirect: true },
  });
}
