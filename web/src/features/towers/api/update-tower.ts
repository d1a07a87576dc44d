import { useMutation } from '@tanstack/react-query';
import type { Tower, TowerPatch } from '@server/http/routes/towers/schema.js';
import { apiRequest } from '../../../lib/api-client';

export const updateTower = ({ id, patch }: { id: number; patch: TowerPatch }): Promise<Tower> =>
  apiRequest<Tower>(`/api/towers/${id}`, { method: 'PATCH', body: patch });

export const useUpdateTower = () => useMutation({ mutationFn: updateTower });
