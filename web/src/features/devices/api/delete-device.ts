import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

export const deleteDevice = (id: number): Promise<void> => apiRequest<void>(`/api/devices/${id}`, { method: 'DELETE' });

export const useDeleteDevice = () => useMutation({ mutationFn: deleteDevice });
