import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const deleteTower = (id: number): Promise<void> => apiRequest<void>(`/api/towers/${id}`, { method: 'DELETE' });

export const useDeleteTower = () => useMutation({ mutationFn: deleteTower });
