import { useMutation } from '@tanstack/react-query';
import type { MaintenanceCreate, MaintenanceView } from '@server/http/routes/maintenance/schema.js';
import { apiRequest } from '../../../lib/api-client';

export const createMaintenanceWindow = (body: MaintenanceCreate): Promise<MaintenanceView> =>
  apiRequest<MaintenanceView>('/api/maintenance', { method: 'POST', body });

// The default refetch after a mutation is wanted here: devices' "in maintenance" flags change too.
export const useCreateMaintenanceWindow = () => useMutation({ mutationFn: createMaintenanceWindow });
