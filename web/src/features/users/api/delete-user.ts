import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const deleteUser = (id: number): Promise<void> => apiRequest<void>(`/api/users/${id}`, { method: 'DELETE' });

export const useDeleteUser = () => useMutation({ mutationFn: deleteUser });
