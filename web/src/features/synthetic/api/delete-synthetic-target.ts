import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** Deletes the check and its history. */
export const deleteSyntheticTarget = (id: number): Promise<void> => apiRequest<void>(`/api/synthetic/${id}`, { method: 'DELETE' });

export const useDeleteSyntheticTarget = () => useMutation({ mutationFn: deleteSyntheticTarget });
