import { useMutation } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';

/** Ends the window now; one that has not started never will. */
export const endMaintenanceWindow = (id: number): Promise<void> => apiRequest<void>(`/api/maintenance/${id}`, { method: 'DELETE' });

// The default refetch after a mutation is wanted here: devices' "in maintenance" flags change too.
export const useEndMaintenanceWindow = () => useMutation({ mutationFn: endMaintenanceWindow });
