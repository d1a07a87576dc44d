import { useMutation } from '@tanstack/react-query';
import type { User } from '@server/http/routes/auth/schema.js';
import type { UserPatch } from '@server/http/routes/users/schema.js';
import { apiRequest } from '../../../lib/api-client';

export const updateUser = ({ id, patch }: { id: number; patch: UserPatch }): Promise<User> =>
  apiRequest<User>(`/api/users/${id}`, { method: 'PATCH', body: patch });

export const useUpdateUser = () => useMutation({ mutationFn: updateUser });
