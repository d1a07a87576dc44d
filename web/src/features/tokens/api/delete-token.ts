import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const deleteToken = (id: number): Promise<void> => apiRequest<void>(`/api/tokens/${id}`, { method: 'DELETE' });

export const useDeleteToken = () => useMutation({ mutationFn: deleteToken });
