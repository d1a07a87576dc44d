import { useMutation } from '@tanstack/react-query';
import type { User } from '@server/http/routes/auth/schema.js';
import type { UserCreate } from '@server/http/routes/users/schema.js';
import { apiRequest } from '../../../lib/api-client';

export const createUser = (body: UserCreate): Promise<User> => apiRequest<User>('/api/users', { method: 'POST', body });

export const useCreateUser = () => useMutation({ mutationFn: createUser });
