import { queryOptions, useQuery } from '@tanstack/react-query';
import type { UserList } from '@server/http/routes/users/schema.js';
import { apiRequest } from '../../../lib/api-client';

export const getUsers = (): Promise<UserList> => apiRequest<UserList>('/api/users');

export const getUsersQueryOptions = () => queryOptions({ queryKey: ['users', 'list'], queryFn: getUsers });

export const useUsers = (options: { enabled?: boolean } = {}) => useQuery({ ...getUsersQueryOptions(), enabled: options.enabled ?? true });
