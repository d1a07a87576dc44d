import { useMutation } from '@tanstack/react-query';
import type { Tower, TowerCreate } from '@server/http/routes/towers/schema.js';
import { apiRequest } from '../../../lib/api-client';

export const createTower = (body: TowerCreate): Promise<Tower> => apiRequest<Tower>('/api/towers', { method: 'POST', body });

export const useCreateTower = () => useMutation({ mutationFn: createTower });
