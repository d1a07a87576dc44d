import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PasswordBody, User } from '@server/http/routes/auth/schema.js';
import { apiRequest } from '../../../lib/api-client';
import { ME_QUERY_KEY } from './get-me';

export const changePassword = (body: PasswordBody): Promise<User> => apiRequest<User>('/api/auth/password', { method: 'POST', body });

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    onSuccess: (user) => queryClient.setQueryData(ME_QUERY_KEY, user),
    meta: { skipInvalidate: true },
  });
}
